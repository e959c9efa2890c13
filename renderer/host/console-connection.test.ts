// The console's connection against a host in the test's process (test/fixtures/test-host.ts): real engines
// behind the console's channel, the page's HostSocket in front of it.
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DATA_FOLDER, TestHost } from '../../test/fixtures/test-host';
import { consoleOn, miniExercise } from '../../test/fixtures/test-console';
import { testEvents } from '../../test/event-store-contract';
import { ConsoleConnection, type ConsoleStatus } from './console-connection';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((close) => close()));

function world(token?: () => Promise<string>) {
  const host = new TestHost();
  const console = consoleOn(host, token);
  cleanup.push(
    () => console.close(),
    () => host.close(),
  );
  return { host, ...console };
}

const stateOf = (status: ConsoleStatus) => status.state;

describe('ConsoleConnection', () => {
  it('says hello with the host’s token and is welcomed with the data folder', async () => {
    const { connection } = world();
    const states: string[] = [];
    connection.onStatus((status) => states.push(stateOf(status)));
    await waitFor(() => expect(connection.status).toEqual({ state: 'ready', dataFolder: TEST_DATA_FOLDER }));
    expect(connection.consoleToken).toBe('console-token-of-the-test-host');
    expect(states.at(-1)).toBe('ready');
  });

  it('creates, lists and deletes exercises, and hears the catalogue change', async () => {
    const { connection } = world();
    const heard: string[][] = [];
    connection.onCatalogue((records) => heard.push(records.map((record) => record.name)));
    const created = await connection.create(miniExercise({ name: 'First' }));
    expect(created).toMatchObject({ name: 'First', scenarioId: 'mini-scenario', status: 'ready' });
    await connection.create(miniExercise({ name: 'Second' }));
    expect((await connection.list()).map((record) => record.name)).toEqual(['Second', 'First']);
    await connection.delete(created.exerciseId);
    await waitFor(() => expect(heard.at(-1)).toEqual(['Second']));
    expect(connection.catalogue?.map((record) => record.name)).toEqual(['Second']);
    expect(heard[0]).toEqual([]);
  });

  it('makes a what-if branch of an exercise, which the catalogue then lists', async () => {
    const { connection } = world();
    const origin = await connection.create(miniExercise({ name: 'First' }));
    const branch = await connection.branch(origin.exerciseId, 1, 'First — what if');
    expect(branch).toMatchObject({
      name: 'First — what if',
      scenarioId: origin.scenarioId,
      branchOf: { exerciseId: origin.exerciseId, atSeq: 1 },
    });
    expect((await connection.list()).map((record) => record.exerciseId)).toContain(branch.exerciseId);
    await expect(connection.branch('no-such-exercise', 1, 'x')).rejects.toThrow('no-such-exercise');
  });

  it('rejects a request the host could not do, with its reason', async () => {
    const { connection } = world();
    const broken = miniExercise();
    broken.scenario.source.text = broken.scenario.source.text.replace(
      'title: Mini scenario',
      'titel: Mini scenario',
    );
    await expect(connection.create(broken)).rejects.toThrow(/cannot create the exercise/);
    await expect(connection.delete('no-such-exercise')).rejects.toThrow('no exercise no-such-exercise');
  });

  it('is refused with the host’s reason when its token is wrong, and asks for nothing more', async () => {
    const { connection } = world(async () => 'a token from another host');
    await waitFor(() =>
      expect(connection.status).toEqual({
        state: 'refused',
        reason: 'the console token is not this host’s: reload the console page from this machine',
      }),
    );
    await expect(connection.list()).rejects.toThrow(
      'the console token is not this host’s: reload the console page from this machine',
    );
    expect(connection.consoleToken).toBeNull();
  });

  it('says the host is unreachable while it is down, refuses requests meanwhile, and lists again when back', async () => {
    const { host, connection } = world();
    const heard: number[] = [];
    connection.onCatalogue((records) => heard.push(records.length));
    await waitFor(() => expect(connection.status.state).toBe('ready'));
    host.stop();
    await waitFor(() => expect(connection.status).toEqual({ state: 'unreachable' }));
    await expect(connection.list()).rejects.toThrow('the exercise host is not reachable');
    await host.create(miniExercise());
    host.start();
    await waitFor(() => expect(connection.status.state).toBe('ready'));
    await waitFor(() => expect(heard.at(-1)).toBe(1));
  });
});

/** A page socket the test plays the host on: it records what the console posts and says what the test says. */
function handMadeSocket() {
  const posted: unknown[] = [];
  const listeners = new Set<(message: unknown) => void>();
  const statusListeners = new Set<(status: 'connected' | 'disconnected') => void>();
  const socket = {
    connected: true,
    openChannel: () => ({
      post: (message: unknown) => posted.push(message),
      listen: (listener: (message: unknown) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => listeners.clear(),
    }),
    onStatus: (listener: (status: 'connected' | 'disconnected') => void) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
  };
  return {
    socket,
    posted,
    say: (message: unknown) => listeners.forEach((listener) => listener(message)),
    status: (status: 'connected' | 'disconnected') => statusListeners.forEach((listener) => listener(status)),
  };
}

describe('ConsoleConnection and the copy', () => {
  it('opens a followed exercise naming its last event by digest, and again from where it is after a reconnect', async () => {
    const wire = handMadeSocket();
    const connection = new ConsoleConnection(wire.socket, async () => 'token');
    cleanup.push(() => connection.close());
    await waitFor(() => expect(wire.posted).toEqual([{ kind: 'hello', token: 'token' }]));
    wire.say({ kind: 'welcome', dataFolder: '/data' });
    const held = { since: 0, digest: 'a'.repeat(64) };
    connection.follow('ex-1', {
      since: () => held.since,
      digest: () => held.digest,
      receive: () => {},
      refused: () => {},
    });
    // Nothing held yet: no digest to name.
    expect(wire.posted.at(-1)).toEqual({ kind: 'open', exerciseId: 'ex-1', since: 0 });
    held.since = 120;
    wire.status('disconnected');
    wire.status('connected');
    await waitFor(() => expect(wire.posted.at(-1)).toEqual({ kind: 'hello', token: 'token' }));
    wire.say({ kind: 'welcome', dataFolder: '/data' });
    expect(wire.posted.at(-1)).toEqual({ kind: 'open', exerciseId: 'ex-1', since: 120, digest: held.digest });
  });

  it('asks for history pages by id and gets their events, or the reason when the connection drops', async () => {
    const wire = handMadeSocket();
    const connection = new ConsoleConnection(wire.socket, async () => 'token');
    cleanup.push(() => connection.close());
    await waitFor(() => expect(wire.posted).toHaveLength(1));
    wire.say({ kind: 'welcome', dataFolder: '/data' });
    const page = connection.history('ex-1', 1, 3);
    const request = wire.posted.at(-1) as { requestId: string };
    expect(request).toEqual({
      kind: 'history',
      requestId: request.requestId,
      exerciseId: 'ex-1',
      from: 1,
      to: 3,
    });
    const events = testEvents('ex-1', 1, 3);
    wire.say({ kind: 'history', requestId: request.requestId, exerciseId: 'ex-1', events });
    expect(await page).toEqual(events);
    const refused = connection.history('ex-1', 50, 60);
    const second = wire.posted.at(-1) as { requestId: string };
    wire.say({ kind: 'refused', requestId: second.requestId, reason: 'events 50–60 are past the end (40)' });
    await expect(refused).rejects.toThrow('events 50–60 are past the end (40)');
    const lost = connection.history('ex-1', 4, 6);
    wire.status('disconnected');
    await expect(lost).rejects.toThrow('the exercise host is not reachable');
  });
});

describe('ConsoleConnection and station access', () => {
  async function welcomed() {
    const wire = handMadeSocket();
    const connection = new ConsoleConnection(wire.socket, async () => 'token');
    cleanup.push(() => connection.close());
    await waitFor(() => expect(wire.posted).toHaveLength(1));
    wire.say({ kind: 'welcome', dataFolder: '/data' });
    /** The request the console posted last, with the id the host answers it by. */
    const last = () => wire.posted.at(-1) as { requestId: string };
    return { wire, connection, last };
  }

  it('opens the host to the room network and resolves with the listeners the host answers, heard by onAccess', async () => {
    const { wire, connection, last } = await welcomed();
    let heard = 0;
    connection.onAccess(() => (heard += 1));
    const opened = connection.setLan(true);
    expect(last()).toEqual({ kind: 'lan', requestId: last().requestId, on: true });
    const lan = { on: true, urls: ['http://192.168.10.4:4173/'], problem: null };
    wire.say({ kind: 'lan', requestId: last().requestId, lan });
    expect(await opened).toEqual(lan);
    expect(connection.lanStatus).toEqual(lan);
    expect(heard).toBe(1);
    const closed = connection.setLan(false);
    expect(last()).toEqual({ kind: 'lan', requestId: last().requestId, on: false });
    wire.say({ kind: 'lan', requestId: last().requestId, lan: { on: false, urls: [], problem: null } });
    expect((await closed).on).toBe(false);
    expect(connection.lanStatus?.on).toBe(false);
  });

  it('asks for a control code, replaces a code and cuts a station off, each done when the host says so', async () => {
    const { wire, connection, last } = await welcomed();
    let done = false;
    const issued = connection.issueCode('ex-1', ['simcell'], 'control').then(() => (done = true));
    expect(last()).toEqual({
      kind: 'code-issue',
      requestId: last().requestId,
      exerciseId: 'ex-1',
      roles: ['simcell'],
      grant: 'control',
    });
    // Another request's answer does not settle this one.
    wire.say({ kind: 'access-done', requestId: 'request-elsewhere' });
    await Promise.resolve();
    expect(done).toBe(false);
    wire.say({ kind: 'access-done', requestId: last().requestId });
    await issued;
    expect(done).toBe(true);

    const replaced = connection.revokeCode('ex-1', 'code-7');
    expect(last()).toEqual({
      kind: 'code-revoke',
      requestId: last().requestId,
      exerciseId: 'ex-1',
      codeId: 'code-7',
    });
    wire.say({ kind: 'access-done', requestId: last().requestId });
    await expect(replaced).resolves.toBeUndefined();

    const cut = connection.revokeStation('ex-1', 'st-0a1b2c3d');
    expect(last()).toEqual({
      kind: 'station-revoke',
      requestId: last().requestId,
      exerciseId: 'ex-1',
      stationId: 'st-0a1b2c3d',
    });
    wire.say({ kind: 'access-done', requestId: last().requestId });
    await expect(cut).resolves.toBeUndefined();
    const ids = wire.posted.slice(-3).map((request) => (request as { requestId: string }).requestId);
    expect(new Set(ids).size).toBe(3);
  });

  it('rejects each access request with the host’s reason when it failed', async () => {
    const { wire, connection, last } = await welcomed();
    const asks = [
      () => connection.setLan(true),
      () => connection.issueCode('ex-1', ['nac'], 'observer'),
      () => connection.revokeCode('ex-1', 'code-gone'),
      () => connection.revokeStation('ex-1', 'st-gone'),
    ];
    for (const [index, ask] of asks.entries()) {
      const asked = ask();
      wire.say({ kind: 'failed', requestId: last().requestId, reason: `no, number ${index}` });
      await expect(asked).rejects.toThrow(`no, number ${index}`);
    }
    expect(connection.lanStatus).toBeNull();
  });

  it('keeps each followed exercise’s codes and stations as the host pushes them, and tells the listeners', async () => {
    const { wire, connection } = await welcomed();
    const heard: string[] = [];
    const stop = connection.onAccess(() => heard.push(connection.accessOf('ex-1')?.codes[0]?.code ?? '—'));
    expect(connection.accessOf('ex-1')).toBeNull();
    const code = { codeId: 'c-1', code: 'KM7HXR3CA', roles: ['ms-a'], kind: 'player', issuedWallMs: 1 };
    wire.say({ kind: 'access', exerciseId: 'ex-1', codes: [code], stations: [] });
    expect(connection.accessOf('ex-1')).toEqual({
      kind: 'access',
      exerciseId: 'ex-1',
      codes: [code],
      stations: [],
    });
    expect(connection.accessOf('ex-2')).toBeNull();
    stop();
    wire.say({ kind: 'access', exerciseId: 'ex-1', codes: [], stations: [] });
    expect(heard).toEqual(['KM7HXR3CA']);
    expect(connection.accessOf('ex-1')?.codes).toEqual([]);
  });
});
