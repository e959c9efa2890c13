// The console's session over the fixture host (real engine, store and hub), without a socket: what it answers
// and pushes for each request. station-server/socket-server.test.ts drives it over a real socket.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CONSOLE_PAGE_EVENTS,
  inProcessTransport,
  stationChannelName,
  type ConsoleMessage,
  type OpenChannel,
} from '../core/index';
import { MemoryHost, MINI_EXERCISE } from '../test/fixtures/memory-host';
import { waitFor } from '../test/fixtures/socket-client';
import { ConsoleSession } from './console-session';

let folder: string;
let host: MemoryHost;
let transport: OpenChannel;
let sent: ConsoleMessage[];
let session: ConsoleSession;

function newSession(loopback = true): ConsoleSession {
  sent = [];
  session = new ConsoleSession({ host, consoleToken: 'tok', loopback, send: (m) => sent.push(m) });
  return session;
}
/** What was sent about exercises followed (the catalogue pushes aside). */
const kinds = () => sent.map((message) => message.kind).filter((kind) => kind !== 'exercises');
function last<K extends ConsoleMessage['kind']>(kind: K): Extract<ConsoleMessage, { kind: K }> | undefined {
  return sent
    .filter((message): message is Extract<ConsoleMessage, { kind: K }> => message.kind === kind)
    .at(-1);
}

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'console-session-'));
  transport = inProcessTransport();
  host = new MemoryHost(folder, transport);
  newSession();
});
afterEach(async () => {
  session.close();
  await host.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('ConsoleSession before hello', () => {
  it('refuses every request, answering its id, until hello with the token', async () => {
    await session.handle({ kind: 'list', requestId: 'r1' });
    await session.handle({ kind: 'open', exerciseId: 'x', since: 0 });
    expect(sent).toEqual([
      { kind: 'refused', requestId: 'r1', reason: 'list refused: say hello with the console token first' },
      { kind: 'refused', requestId: null, reason: 'open refused: say hello with the console token first' },
    ]);
  });

  it('refuses a wrong token, and the right token from another machine', async () => {
    await session.handle({ kind: 'hello', token: 'nope' });
    expect(last('refused')?.reason).toMatch(/token/);
    newSession(false);
    await session.handle({ kind: 'hello', token: 'tok' });
    expect(sent).toEqual([
      {
        kind: 'refused',
        requestId: null,
        reason: 'console rights are given only to this machine (loopback)',
      },
    ]);
  });

  it('refuses a malformed request naming the field', async () => {
    await session.handle({ kind: 'list' });
    expect(sent).toEqual([{ kind: 'refused', requestId: null, reason: expect.stringMatching(/requestId/) }]);
  });
});

describe('ConsoleSession after hello', () => {
  beforeEach(async () => {
    await session.handle({ kind: 'hello', token: 'tok' });
    expect(sent).toEqual([{ kind: 'welcome', dataFolder: folder }]);
  });

  it('lists, creates and deletes, pushing the catalogue on each change', async () => {
    await session.handle({ kind: 'create', requestId: 'c', exercise: MINI_EXERCISE });
    const created = last('created');
    expect(created?.exercise.name).toBe('Tabletop');
    await waitFor('the pushed catalogue', () => last('exercises'));
    expect(last('exercises')).toMatchObject({
      requestId: null,
      exercises: [{ exerciseId: created?.exercise.exerciseId }],
    });
    await session.handle({ kind: 'list', requestId: 'l' });
    expect(last('exercises')?.requestId).toBe('l');
    await session.handle({
      kind: 'delete',
      requestId: 'd',
      exerciseId: created?.exercise.exerciseId as string,
    });
    expect(last('deleted')).toEqual({
      kind: 'deleted',
      requestId: 'd',
      exerciseId: created?.exercise.exerciseId,
    });
    await waitFor('the emptied catalogue', () =>
      last('exercises')?.exercises.length === 0 ? true : undefined,
    );
  });

  it('answers failed, naming the document, for a scenario that does not load, and for an unknown delete', async () => {
    const broken = {
      ...MINI_EXERCISE,
      scenario: { ...MINI_EXERCISE.scenario, source: { path: 'bad.yaml', text: 'id: [' } },
    };
    await session.handle({ kind: 'create', requestId: 'c', exercise: broken });
    expect(last('failed')).toMatchObject({ requestId: 'c', reason: expect.stringMatching(/bad\.yaml/) });
    await session.handle({ kind: 'delete', requestId: 'd', exerciseId: 'ghost' });
    expect(last('failed')).toMatchObject({ requestId: 'd', reason: expect.stringMatching(/ghost/) });
  });

  it('answers not-found for an exercise the host does not have, on open and on command', async () => {
    await session.handle({ kind: 'open', exerciseId: 'ghost', since: 0 });
    await session.handle({
      kind: 'command',
      exerciseId: 'ghost',
      commandId: 'c',
      type: 'exercise/start',
      payload: {},
    });
    expect(sent.slice(1)).toEqual([
      { kind: 'not-found', exerciseId: 'ghost', reason: expect.stringMatching(/ghost/) },
      { kind: 'not-found', exerciseId: 'ghost', reason: expect.stringMatching(/ghost/) },
    ]);
  });

  it(`sends the log after since in pages of ${CONSOLE_PAGE_EVENTS}, then each batch once; close stops it`, async () => {
    const { exerciseId } = await host.create(MINI_EXERCISE);
    const hosted = await host.open(exerciseId);
    await hosted.execute({ commandId: 'start', type: 'exercise/start', payload: {} });
    for (let i = 0; hosted.events.length < CONSOLE_PAGE_EVENTS + 10; i++)
      await hosted.execute({ commandId: `o-${i}`, type: 'observation/record', payload: { text: 'x' } });
    const total = hosted.events.length;
    await session.handle({ kind: 'open', exerciseId, since: 3 });
    const pages = sent.filter((message) => message.kind === 'log');
    expect(kinds().slice(1, 3)).toEqual(['status', 'presence']);
    expect(pages.map((page) => [page.events.length, page.events[0]?.seq, page.lastSeq])).toEqual([
      [CONSOLE_PAGE_EVENTS, 4, total],
      [total - 3 - CONSOLE_PAGE_EVENTS, 4 + CONSOLE_PAGE_EVENTS, total],
    ]);
    await session.handle({
      kind: 'command',
      exerciseId,
      commandId: 'mine',
      type: 'observation/record',
      payload: { text: 'y' },
    });
    expect(last('reply')).toMatchObject({ commandId: 'mine', reply: { ok: true, seqs: [total + 1] } });
    expect(last('log')).toEqual({
      kind: 'log',
      exerciseId,
      events: [hosted.events[total]],
      lastSeq: total + 1,
    });
    await session.handle({ kind: 'close', exerciseId });
    const count = sent.length;
    await hosted.execute({ commandId: 'after', type: 'observation/record', payload: { text: 'z' } });
    expect(sent.slice(count).filter((message) => message.kind !== 'exercises')).toEqual([]);
  });

  it('sends one empty page when the console already holds the whole log', async () => {
    const { exerciseId } = await host.create(MINI_EXERCISE);
    const total = (await host.open(exerciseId)).events.length;
    await session.handle({ kind: 'open', exerciseId, since: total });
    expect(last('log')).toEqual({ kind: 'log', exerciseId, events: [], lastSeq: total });
  });

  it("pushes status when the exercise's status changes, and refuses commands then", async () => {
    const { exerciseId } = await host.create(MINI_EXERCISE);
    await session.handle({ kind: 'open', exerciseId, since: 0 });
    expect(last('status')).toEqual({ kind: 'status', exerciseId, readOnly: false, problem: null });
    (await host.open(exerciseId)).fail('disk full: nothing was recorded');
    expect(last('status')).toEqual({
      kind: 'status',
      exerciseId,
      readOnly: true,
      problem: 'disk full: nothing was recorded',
    });
    await session.handle({
      kind: 'command',
      exerciseId,
      commandId: 'c',
      type: 'exercise/start',
      payload: {},
    });
    expect(last('reply')?.reply).toMatchObject({ ok: false, code: 'not-allowed' });
  });

  it('pushes presence as stations come, at most once a second per exercise', async () => {
    const { exerciseId } = await host.create(MINI_EXERCISE);
    await session.handle({ kind: 'open', exerciseId, since: 0 });
    // Stations beat several times within the second: one push at the end of it carries the latest.
    const channel = transport(stationChannelName(exerciseId, 'nac'));
    for (const station of ['a', 'b', 'c']) channel.post({ kind: 'heartbeat', station });
    const presence = await waitFor('a presence with three stations', () => {
      const stations = last('presence')?.stations;
      return stations?.length === 3 ? stations : undefined;
    });
    expect(presence.map((station) => station.station)).toEqual(['a', 'b', 'c']);
    expect(sent.filter((message) => message.kind === 'presence').length).toBeLessThanOrEqual(3);
  });

  it('after close, pushes nothing more', async () => {
    const { exerciseId } = await host.create(MINI_EXERCISE);
    await session.handle({ kind: 'open', exerciseId, since: 0 });
    session.close();
    const count = sent.length;
    await host.create(MINI_EXERCISE);
    await (await host.open(exerciseId)).execute({ commandId: 's', type: 'exercise/start', payload: {} });
    expect(sent.length).toBe(count);
  });
});
