// The console's connection against a host in the test's process (test/fixtures/test-host.ts): real engines
// behind the console's channel, the page's HostSocket in front of it.
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DATA_FOLDER, TestHost } from '../../test/fixtures/test-host';
import { consoleOn, miniExercise } from '../../test/fixtures/test-console';
import type { ConsoleStatus } from './console-connection';

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
