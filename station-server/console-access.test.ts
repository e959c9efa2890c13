import { describe, expect, it } from 'vitest';
import type { ConsoleMessage, ConsoleRequest, LanStatus } from '../core/index';
import { ConsoleAccess, isAccessRequest } from './console-access';
import type { ConsoleServices, LanControl } from './console-services';
import type { StationDoorApi } from './station-door-api';
import { StationConnections } from './station-connections';

const OFF: LanStatus = { on: false, urls: [], problem: null };
const ON: LanStatus = { on: true, urls: ['http://192.168.10.4:4173/'], problem: null };

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A LAN switch and a door that record what they were asked; the connections registry is the real one. */
function services() {
  const lanListeners = new Set<(status: LanStatus) => void>();
  const doorListeners = new Set<(exerciseId: string) => void>();
  let lanStatus = OFF;
  const asked: string[] = [];
  let views = 0;
  const lan: LanControl = {
    status: () => lanStatus,
    set: async (on) => {
      lanStatus = on ? ON : OFF;
      for (const listener of lanListeners) listener(lanStatus);
      return lanStatus;
    },
    onChange: (listener) => (lanListeners.add(listener), () => lanListeners.delete(listener)),
  };
  const door = {
    view: async (exerciseId: string) => {
      views += 1;
      return {
        codes: [{ codeId: 'code-1', code: 'ACDEFHJKM', roles: ['ms-a'], kind: 'player', issuedWallMs: 1 }],
        stations: [
          {
            stationId: 'st-1',
            roles: ['ms-a'],
            kind: 'player',
            via: 'code',
            address: '10.0.0.5',
            issuedWallMs: 2,
            revokedWallMs: null,
          },
        ].filter(() => exerciseId === 'ex-1'),
      };
    },
    issueCode: async (exerciseId: string, roles: readonly string[], kind: string) =>
      void asked.push(`issue ${exerciseId} ${roles.join(',')} ${kind}`),
    revokeCode: async (exerciseId: string, codeId: string) => {
      if (codeId === 'gone') throw new Error(`exercise ${exerciseId} has no live join code gone`);
      asked.push(`revoke-code ${exerciseId} ${codeId}`);
    },
    revokeStation: async (exerciseId: string, stationId: string) =>
      void asked.push(`revoke-station ${exerciseId} ${stationId}`),
    onChange: (listener: (exerciseId: string) => void) => (
      doorListeners.add(listener),
      () => doorListeners.delete(listener)
    ),
  } as unknown as StationDoorApi;
  const connections = new StationConnections();
  const all = { host: {} as ConsoleServices['host'], door, connections, lan } satisfies ConsoleServices;
  const doorChanged = (exerciseId: string) => doorListeners.forEach((listener) => listener(exerciseId));
  return { all, asked, doorChanged, connections, views: () => views, lanListeners };
}

function consoleOn(kit: ReturnType<typeof services>) {
  const sent: ConsoleMessage[] = [];
  const access = new ConsoleAccess(kit.all, (message) => sent.push(message));
  return { access, sent };
}

describe('a console’s station access', () => {
  it('is told the LAN status at once and on every change, until it closes', async () => {
    const kit = services();
    const { access, sent } = consoleOn(kit);
    expect(sent).toEqual([{ kind: 'lan', requestId: null, lan: OFF }]);
    await access.handle({ kind: 'lan', requestId: 'r1', on: true });
    // The change reaches every console (this one too), and the request is answered with its id.
    expect(sent.slice(1)).toEqual([
      { kind: 'lan', requestId: null, lan: ON },
      { kind: 'lan', requestId: 'r1', lan: ON },
    ]);
    access.close();
    expect(kit.lanListeners.size).toBe(0);
  });

  it('sends a followed exercise’s codes and stations with their sockets, a burst of changes as one message', async () => {
    const kit = services();
    const { access, sent } = consoleOn(kit);
    access.follow('ex-1');
    await settle();
    const first = sent.at(-1);
    expect(first).toMatchObject({ kind: 'access', exerciseId: 'ex-1', codes: [{ code: 'ACDEFHJKM' }] });
    expect(first).toMatchObject({ stations: [{ stationId: 'st-1', connections: [] }] });
    const before = sent.length;
    kit.connections.add('ex-1', 'st-1', { address: '10.0.0.5', sinceWallMs: 50, cut: () => undefined });
    kit.doorChanged('ex-1');
    kit.doorChanged('ex-1');
    await settle();
    expect(sent.length).toBe(before + 1);
    expect(sent.at(-1)).toMatchObject({
      kind: 'access',
      stations: [{ stationId: 'st-1', connections: [{ address: '10.0.0.5', sinceWallMs: 50 }] }],
    });
  });

  it('sends nothing of an exercise it does not follow, or no longer follows', async () => {
    const kit = services();
    const { access, sent } = consoleOn(kit);
    access.follow('ex-1');
    await settle();
    expect(sent.some((message) => message.kind === 'access')).toBe(true);
    access.unfollow('ex-1');
    const before = sent.length;
    kit.doorChanged('ex-1');
    kit.doorChanged('ex-2');
    await settle();
    expect(sent.length).toBe(before);
  });

  it('does what the controller asks and says so, or says why not', async () => {
    const kit = services();
    const { access, sent } = consoleOn(kit);
    await access.handle({
      kind: 'code-issue',
      requestId: 'r1',
      exerciseId: 'ex-1',
      roles: ['simcell'],
      grant: 'control',
    });
    await access.handle({ kind: 'code-revoke', requestId: 'r2', exerciseId: 'ex-1', codeId: 'code-1' });
    await access.handle({ kind: 'station-revoke', requestId: 'r3', exerciseId: 'ex-1', stationId: 'st-1' });
    await access.handle({ kind: 'code-revoke', requestId: 'r4', exerciseId: 'ex-1', codeId: 'gone' });
    expect(kit.asked).toEqual([
      'issue ex-1 simcell control',
      'revoke-code ex-1 code-1',
      'revoke-station ex-1 st-1',
    ]);
    expect(sent.slice(1)).toEqual([
      { kind: 'access-done', requestId: 'r1' },
      { kind: 'access-done', requestId: 'r2' },
      { kind: 'access-done', requestId: 'r3' },
      { kind: 'failed', requestId: 'r4', reason: 'exercise ex-1 has no live join code gone' },
    ]);
  });

  it('takes the access requests and no others', () => {
    const kinds = (requests: ConsoleRequest[]) =>
      requests.filter(isAccessRequest).map((request) => request.kind);
    expect(
      kinds([
        { kind: 'lan', requestId: 'a', on: true },
        { kind: 'list', requestId: 'b' },
        { kind: 'station-revoke', requestId: 'c', exerciseId: 'e', stationId: 's' },
      ] as ConsoleRequest[]),
    ).toEqual(['lan', 'station-revoke']);
  });
});
