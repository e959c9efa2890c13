import { describe, expect, it } from 'vitest';
import type { CommandReply, ExerciseEvent } from '../../core/index';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import type { ConsoleCommand } from './console-connection';
import { CopyFollower } from './copy-follower';
import { RemoteExercise } from './remote-exercise';
import { COPY_UNCHECKED, HOST_UNREACHABLE } from './view-status';

/**
 * A remote exercise fed by hand-made host messages (no copy in this browser), whose commands and resyncs the
 * test records. `receive` is what the connection calls with the host's messages about the exercise.
 */
function remote() {
  const sent: ConsoleCommand[] = [];
  const resyncs: number[] = [];
  const view = new RemoteExercise('mini-1', {
    sendCommand: async (command): Promise<CommandReply> => {
      sent.push(command);
      return { ok: true, commandId: command.commandId, seqs: [] };
    },
    newId: () => 'n1',
  });
  const follower = new CopyFollower(view, {
    copy: null,
    requestHistory: async () => [],
    resync: () => resyncs.push(view.lastSeq()),
  });
  const receive = follower.receive.bind(follower);
  return { view, sent, resyncs, receive };
}

/** The log in pieces of `size`, each as the host sends it with the journal's last seq. */
function pages(events: readonly ExerciseEvent[], size: number, lastSeq = events.length) {
  const out = [];
  for (let start = 0; start < events.length; start += size)
    out.push({
      kind: 'log' as const,
      exerciseId: 'mini-1',
      events: events.slice(start, start + size),
      lastSeq,
    });
  return out;
}

/** The mini exercise played a while: the clock, injects, a decision, messages, a case, a timer. */
async function played(): Promise<Harness> {
  const harness = await Harness.create();
  await harness.startAtMaxSpeed();
  await harness.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
  await harness.send(
    'decision/take',
    { machine: 'solidarity', event: 'INVOKE', instance: 'arland', fields: { overwhelmed: true } },
    'ms-a',
  );
  await harness.send(
    'message/send',
    { to: ['ms-a', 'ms-c'], marking: 'NATO-ONLY', subject: 'Update', body: 'Text' },
    'nac',
  );
  await harness.send(
    'message/send',
    { to: ['nac'], marking: 'REL-EU-NATO', subject: 'Re', body: 'Ok' },
    'presidency',
  );
  await harness.jumpTo(8 * HOUR);
  await harness.send('exercise/speed', { speed: 5 });
  return harness;
}

describe('RemoteExercise', () => {
  it('folds a real engine’s log, sent in pieces, to what the engine answers for every role and mechanism', async () => {
    const harness = await played();
    const { engine } = harness;
    const { view, receive } = remote();
    expect(view.ready).toBe(false);
    expect(() => view.state).toThrow('exercise mini-1 has not arrived from the host yet');
    // Each page the screens hear of: the version after it is higher than before it.
    const versions: number[] = [view.version];
    const receiveCounted = (message: Parameters<typeof receive>[0]) => {
      receive(message);
      versions.push(view.version);
    };
    const all = pages(engine.events, 3);
    receiveCounted(all[0]!);
    expect(view.ready).toBe(true);
    expect(view.historyProgress()).toEqual({ loaded: 3, total: engine.events.length });
    // A piece sent twice (a reopen after a reconnect) adds nothing.
    receive(all[0]!);
    for (const page of all.slice(1)) receiveCounted(page);
    expect(view.historyProgress()).toBeNull();
    expect(versions).toHaveLength(all.length + 1);
    for (const [index, version] of versions.slice(1).entries())
      expect(version).toBeGreaterThan(versions[index] as number);

    expect(view.events).toEqual(engine.events);
    expect(view.state).toEqual(engine.state);
    expect(view.heading()).toEqual(engine.heading());
    expect([...view.roles.keys()]).toEqual([...engine.roles.keys()]);
    expect(view.scenarioTimeAt(harness.wallMs + 60_000)).toBe(engine.scenarioTimeAt(harness.wallMs + 60_000));
    const machines = Object.values(engine.state.actors);
    expect(machines.length).toBeGreaterThan(1);
    for (const actor of machines)
      expect(view.activePaths(actor.machine, actor.instance)).toEqual(
        engine.activePaths(actor.machine, actor.instance),
      );
    expect(view.activePaths('solidarity', 'arland')).toEqual(engine.activePaths('solidarity', 'arland'));
    for (const role of engine.roles.keys()) {
      expect(view.openDecisions(role), role).toEqual(engine.openDecisions(role));
      expect(view.stationView(role), role).toEqual(engine.stationView(role));
      expect(view.stationView(role, 2), role).toEqual(engine.stationView(role, 2));
      expect(view.streamLength(role), role).toBe(engine.streamLength(role));
    }
    // Events that arrive later extend the same log, streams included.
    const reply = await harness.send('exercise/pause');
    expect(reply.ok).toBe(true);
    const before = view.events;
    receive(pages(engine.events.slice(before.length), 100, engine.events.length)[0]!);
    expect(view.events).toBe(before);
    expect(view.state).toEqual(engine.state);
    for (const role of engine.roles.keys())
      expect(view.stationView(role), role).toEqual(engine.stationView(role));
  });

  it('asks the host again from what it holds when a batch does not follow on', async () => {
    const harness = await played();
    const { view, resyncs, receive } = remote();
    const events = harness.engine.events;
    receive({ kind: 'log', exerciseId: 'mini-1', events: events.slice(0, 4), lastSeq: events.length });
    receive({ kind: 'log', exerciseId: 'mini-1', events: events.slice(6, 8), lastSeq: events.length });
    expect(resyncs).toEqual([4]);
    expect(view.lastSeq()).toBe(4);
    // The same gap again: said, not asked for in a loop.
    receive({ kind: 'log', exerciseId: 'mini-1', events: events.slice(6, 8), lastSeq: events.length });
    expect(resyncs).toEqual([4]);
    expect(view.error).toBe("the exercise host's log jumps from event 4 to 7");
    receive({ kind: 'log', exerciseId: 'mini-1', events: events.slice(4), lastSeq: events.length });
    expect(view.events).toEqual(events);
  });

  it('is read-only, saying why, while the host is out of reach or keeps the exercise read-only', async () => {
    const harness = await Harness.create();
    const { view, receive } = remote();
    const fine = { kind: 'status' as const, exerciseId: 'mini-1', readOnly: false, problem: null };
    receive(fine);
    receive(pages(harness.engine.events, 100)[0]!);
    expect(view.readOnly).toBe(false);
    expect(view.readOnlyReason).toBeNull();
    view.status.setReachable(false);
    expect(view.readOnly).toBe(true);
    expect(view.readOnlyReason).toBe(HOST_UNREACHABLE);
    // Back, but not yet answered the reopen: what is shown may be behind, so nothing is sent yet.
    view.status.setReachable(true);
    expect(view.readOnlyReason).toBe(COPY_UNCHECKED);
    receive(fine);
    expect(view.readOnly).toBe(false);
    const damaged = 'journal.jsonl: line 12 is damaged: the exercise is read-only';
    receive({ kind: 'status', exerciseId: 'mini-1', readOnly: true, problem: damaged });
    expect(view.readOnly).toBe(true);
    expect(view.readOnlyReason).toBe(damaged);
    expect(view.error).toBe(damaged);
  });

  it('shows the host’s problem until the controller dismisses it, and a new problem again', async () => {
    const harness = await Harness.create();
    const { view, receive } = remote();
    receive(pages(harness.engine.events, 100)[0]!);
    const full = 'nothing of that command was recorded: ENOSPC: no space left on device';
    receive({ kind: 'status', exerciseId: 'mini-1', readOnly: false, problem: full });
    expect(view.error).toBe(full);
    view.dismissError();
    expect(view.error).toBeNull();
    receive({ kind: 'status', exerciseId: 'mini-1', readOnly: false, problem: full });
    expect(view.error).toBeNull();
    view.refused('the exercise host refused a message: body: too large');
    expect(view.error).toBe('the exercise host refused a message: body: too large');
  });

  it('keeps the stations’ presence apart from the exercise’s changes, and says when the host has no such exercise', () => {
    const { view, receive } = remote();
    const changes: string[] = [];
    view.subscribe(() => changes.push('exercise'));
    view.subscribePresence(() => changes.push('presence'));
    const station = {
      role: 'ms-a',
      station: 'laptop-1',
      lastSeenWallMs: 1,
      lastActedWallMs: null,
      connected: true,
    };
    receive({ kind: 'presence', exerciseId: 'mini-1', stations: [station] });
    expect(view.presence()).toEqual([station]);
    expect(view.presenceVersion).toBe(1);
    receive({ kind: 'not-found', exerciseId: 'mini-1', reason: 'no exercise mini-1 in /data' });
    expect(view.notFound).toBe('no exercise mini-1 in /data');
    expect(changes).toEqual(['presence', 'exercise']);
  });

  it('sends commands as EXCON with ids of their own, or as the role the controller names', async () => {
    const { view, sent } = remote();
    await view.send('exercise/start', {});
    await view.command(
      'decision/take',
      { machine: 'crisis', event: 'RAPID_ALERT' },
      { role: 'simcell', actingAs: 'ms-a' },
    );
    expect(sent).toEqual([
      { commandId: 'console-n1', type: 'exercise/start', payload: {} },
      {
        commandId: 'console-n1',
        type: 'decision/take',
        payload: { machine: 'crisis', event: 'RAPID_ALERT' },
        role: 'simcell',
        actingAs: 'ms-a',
      },
    ]);
  });
});
