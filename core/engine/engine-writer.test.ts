import { describe, expect, it } from 'vitest';
import { Harness, HOUR, WALL_START } from '../../test/fixtures/engine-harness';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../test/fixtures/fixtures';
import { MemoryEventStore } from '../stores/index';
import { snapshotState } from './state-migrations';
import { ExerciseEngine } from './exercise-engine';
import { replay } from './replay';

const INVOKE = { machine: 'solidarity', instance: 'arland', event: 'INVOKE', fields: { overwhelmed: true } };

describe('the engine writer', () => {
  it('keeps the deadlines that fell due before a refused command, and nothing of the command', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    // INJ-4 waits for this decision and has no delay: it falls due at once, to be fired by what comes next.
    await harness.send('decision/take', INVOKE, 'ms-a');
    expect(harness.eventsOf('inject.released').map((event) => event.payload.injectId)).toEqual(['INJ-1']);
    const refused = await harness.send('exercise/pause', {}, 'ms-a', { commandId: 'refused' });
    expect(refused).toMatchObject({ ok: false, code: 'not-allowed' });
    const released = harness.eventsOf('inject.released').at(-1);
    expect(released).toMatchObject({
      commandId: null,
      payload: { injectId: 'INJ-4' },
      wallMs: harness.wallMs,
    });
    expect(harness.engine.events.some((event) => event.commandId === 'refused')).toBe(false);
    expect(harness.engine.state).toEqual(replay(harness.engine.events, harness.engine.content));
  });

  it('applies commands sent together one after the other, in the order they were sent', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const replies = await Promise.all([
      harness.jumpTo(HOUR),
      harness.send('decision/take', { machine: 'crisis', event: 'CONSULT' }, 'ms-a'),
      harness.jumpTo(2 * HOUR),
    ]);
    const seqs = replies.map((reply) => (reply.ok ? reply.seqs : []));
    expect(seqs.every((list) => list.length > 0)).toBe(true);
    const flat = seqs.flat();
    expect(flat).toEqual([...flat].sort((a, b) => a - b));
    expect(harness.engine.events.map((event) => event.seq)).toEqual(
      harness.engine.events.map((_, index) => index + 1),
    );
  });

  it('saves a snapshot every n events, each the fold of the log up to it', async () => {
    const store = new MemoryEventStore('snapshots');
    const engine = await ExerciseEngine.create(store, {
      exerciseId: 'snapshots',
      name: 'Snapshots',
      seed: 1,
      wallMs: WALL_START,
      content: exerciseContent(miniPlaybookSources(), { path: 'mini.yaml', text: miniScenarioText() }),
      snapshotEvery: 4,
    });
    const batchEnds: number[] = [];
    engine.subscribe((batch) => batchEnds.push(batch.at(-1)!.seq));
    let wallMs = WALL_START;
    const send = (type: string, payload: Record<string, unknown>, role = 'excon') =>
      engine.execute(
        { commandId: `c-${wallMs}`, type, issuedBy: { role, station: 'test' }, payload },
        ++wallMs,
      );
    await send('exercise/speed', { speed: 'max' });
    await send('exercise/start', {});
    await send('decision/take', INVOKE, 'ms-a');
    await send('exercise/jump-to', { scenarioMs: 30 * HOUR });
    await send('exercise/end', {});
    const events = engine.events;
    const seen = new Set<number>();
    for (let seq = 1; seq <= events.length; seq++) {
      const snapshot = await store.snapshotAtOrBefore(seq);
      if (snapshot) seen.add(snapshot.seq);
    }
    // Worked out by hand: at the end of the first batch that takes the log 4 or more events past the last
    // snapshot (the state after exercise.created counts as the first).
    let last = 1;
    const expected: number[] = [];
    for (const end of batchEnds) if (end - last >= 4) expected.push((last = end));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect([...seen]).toEqual(expected);
    for (const seq of seen) {
      const snapshot = (await store.snapshotAtOrBefore(seq))!;
      expect(snapshotState(snapshot)).toEqual(replay(events.slice(0, seq), engine.content));
    }
  });

  it('answers a command without waiting for its snapshot to be written, and goes on when one fails', async () => {
    const store = new MemoryEventStore('slow-snapshots');
    const saves: number[] = [];
    // The first snapshot after the opening one never finishes writing (a slow disk); the next fails outright.
    store.saveSnapshot = (snapshot) => {
      saves.push(snapshot.seq);
      if (saves.length === 2) return new Promise<void>(() => undefined);
      if (saves.length === 3) return Promise.reject(new Error('disk full'));
      return MemoryEventStore.prototype.saveSnapshot.call(store, snapshot);
    };
    const engine = await ExerciseEngine.create(store, {
      exerciseId: 'slow-snapshots',
      name: 'Slow snapshots',
      seed: 1,
      wallMs: WALL_START,
      content: exerciseContent(miniPlaybookSources(), { path: 'mini.yaml', text: miniScenarioText() }),
      snapshotEvery: 1,
    });
    let wallMs = WALL_START;
    const told: number[] = [];
    engine.subscribe((batch) => told.push(batch.at(-1)!.seq));
    const send = (type: string, payload: Record<string, unknown>) =>
      engine.execute(
        { commandId: `c-${wallMs}`, type, issuedBy: { role: 'excon', station: 'test' }, payload },
        ++wallMs,
      );
    expect(await send('exercise/speed', { speed: 'max' })).toMatchObject({ ok: true });
    expect(await send('exercise/start', {})).toMatchObject({ ok: true });
    expect(await send('exercise/pause', {})).toMatchObject({ ok: true });
    // Every command answered and its batch told; each batch snapshotted after the opening snapshot, the one
    // that never finished and the one that failed included.
    expect(told).toHaveLength(3);
    expect(saves.slice(1)).toEqual(told);
    expect(saves).toHaveLength(4);
    expect(engine.events.map((event) => event.seq)).toEqual(engine.events.map((_, index) => index + 1));
    expect((await store.snapshotAtOrBefore(engine.events.length))?.seq).toBe(engine.events.length);
  });
});
