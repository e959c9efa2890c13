import { describe, expect, it } from 'vitest';
import { Harness } from '../../test/fixtures/engine-harness';
import { MemoryEventStore } from '../stores/index';
import type { EngineSnapshot, EventStore, ExerciseEvent } from '../ports/index';
import { describeProblems, loadContent } from './exercise-content';
import { snapshotOf } from './engine-state';
import { ExerciseEngine } from './exercise-engine';
import { contentOfCreated, createdEvent } from './replay';

/** A store whose history pages (finite ranges past the first event) wait for the test to let them through. */
class GatedStore implements EventStore {
  readonly exerciseId: string;
  pages = 0;
  private open!: () => void;
  private gate = new Promise<void>((resolve) => (this.open = resolve));
  failWith: Error | null = null;
  failAppends = false;
  failSnapshotReads = false;

  constructor(private readonly inner: EventStore) {
    this.exerciseId = inner.exerciseId;
  }
  release(): void {
    this.open();
  }
  append(batch: readonly ExerciseEvent[]) {
    if (this.failAppends) return Promise.reject(new Error('disk full'));
    return this.inner.append(batch);
  }
  async read(fromSeq?: number, toSeq?: number) {
    if (toSeq !== undefined && toSeq > 1 && Number.isFinite(toSeq)) {
      await this.gate;
      if (this.failWith) throw this.failWith;
      this.pages += 1;
    }
    return this.inner.read(fromSeq, toSeq);
  }
  lastSeq() {
    return this.inner.lastSeq();
  }
  saveSnapshot(snapshot: EngineSnapshot) {
    return this.inner.saveSnapshot(snapshot);
  }
  snapshotAtOrBefore(seq: number) {
    if (this.failSnapshotReads) return Promise.reject(new Error('disk unreadable'));
    return this.inner.snapshotAtOrBefore(seq);
  }
  close() {
    return this.inner.close();
  }
}

/** The mini exercise played a little, a snapshot taken mid-way, then played on. */
async function playedWithSnapshot() {
  const store = new MemoryEventStore('mini-1');
  const harness = await Harness.create(undefined, store);
  await harness.startAtMaxSpeed();
  await harness.jumpTo(3_600_000);
  await harness.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a', {
    commandId: 'before-snapshot',
  });
  const { state } = harness.engine;
  await store.saveSnapshot(snapshotOf(state));
  const snapshotSeq = state.lastSeq;
  await harness.send(
    'message/send',
    { to: ['nac'], marking: 'PUBLIC', subject: 'Update', body: 'On our way.' },
    'ms-a',
  );
  await harness.jumpTo(2 * 3_600_000);
  return { store, harness, snapshotSeq };
}

describe('opening an exercise quickly from its latest snapshot', () => {
  it('has the current state at once, reads the history behind it in pages, and holds commands until then', async () => {
    const { store, harness, snapshotSeq } = await playedWithSnapshot();
    const gated = new GatedStore(store);
    const engine = await ExerciseEngine.openQuickly(gated, { pageSize: 2 });
    const heard: number[] = [];
    engine.subscribe((batch) => heard.push(batch.length));

    expect(engine.state).toEqual(harness.engine.state);
    expect(engine.heading().name).toBe('Mini');
    expect(engine.historyProgress()).toEqual({ loaded: 0, total: snapshotSeq });
    expect(engine.events[0]?.seq).toBe(snapshotSeq + 1);

    let replied = false;
    const resend = engine
      .execute(
        {
          commandId: 'before-snapshot',
          type: 'decision/take',
          issuedBy: { role: 'ms-a', station: 'test' },
          payload: { machine: 'crisis', event: 'RAPID_ALERT' },
        },
        harness.wallMs + 1000,
      )
      .then((reply) => {
        replied = true;
        return reply;
      });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(replied).toBe(false);

    gated.release();
    await engine.whenHistoryLoaded();
    expect(engine.historyProgress()).toBeNull();
    expect(gated.pages).toBe(Math.ceil(snapshotSeq / 2));
    expect(engine.events.map((event) => event.seq)).toEqual(harness.engine.events.map((event) => event.seq));
    // The resent command is recognised from the history, so it is not applied twice.
    expect(await resend).toMatchObject({ ok: true, duplicate: true });
    expect(heard.filter((size) => size === 0).length).toBe(gated.pages + 1);
    expect(engine.stationView('ms-a')).toEqual(harness.engine.stationView('ms-a'));
  });

  it('reports a failed history read to the next command, and keeps what was stored', async () => {
    const { store, snapshotSeq } = await playedWithSnapshot();
    const gated = new GatedStore(store);
    gated.failWith = new Error('disk gone');
    const engine = await ExerciseEngine.openQuickly(gated);
    gated.release();
    await expect(engine.whenHistoryLoaded()).rejects.toThrow('disk gone');
    await expect(engine.tick(Date.now())).rejects.toThrow('disk gone');
    expect(engine.historyProgress()).toEqual({ loaded: 0, total: snapshotSeq });
    expect(await store.lastSeq()).toBe(engine.state.lastSeq);
  });

  it('returns to the stored state when a write fails before the history is in', async () => {
    const { store, harness } = await playedWithSnapshot();
    const gated = new GatedStore(store);
    const engine = await ExerciseEngine.openQuickly(gated);
    gated.failAppends = true;
    // The clock was running: the restart's clock.resumed is the one write that does not wait for history.
    await expect(engine.resumeAfterRestart(harness.wallMs + 60_000)).rejects.toThrow('disk full');
    expect(engine.state).toEqual(harness.engine.state);
    gated.failAppends = false;
    gated.release();
    await engine.whenHistoryLoaded();
    expect(await engine.resumeAfterRestart(harness.wallMs + 60_000)).toHaveLength(1);
  });

  it('stops, rather than append from a state it cannot trust, when the stored state cannot be read back', async () => {
    const { store, harness } = await playedWithSnapshot();
    const gated = new GatedStore(store);
    const engine = await ExerciseEngine.openQuickly(gated);
    const stored = await store.lastSeq();
    gated.failAppends = true;
    gated.failSnapshotReads = true;
    await expect(engine.resumeAfterRestart(harness.wallMs + 60_000)).rejects.toThrow(
      /a write failed \(disk full\) and the stored state could not be read back \(disk unreadable\); open the exercise again/,
    );
    gated.failAppends = false;
    gated.failSnapshotReads = false;
    gated.release();
    await expect(engine.tick(harness.wallMs + 120_000)).rejects.toThrow('open the exercise again');
    expect(await store.lastSeq()).toBe(stored);
  });

  it('starts reading the history only when told to', async () => {
    const { store, snapshotSeq } = await playedWithSnapshot();
    const gated = new GatedStore(store);
    gated.release();
    let start!: () => void;
    const historyAfter = new Promise<void>((resolve) => (start = resolve));
    const engine = await ExerciseEngine.openQuickly(gated, { historyAfter });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(gated.pages).toBe(0);
    expect(engine.historyProgress()).toEqual({ loaded: 0, total: snapshotSeq });
    start();
    await engine.whenHistoryLoaded();
    expect(gated.pages).toBe(1);
    expect(engine.historyProgress()).toBeNull();
  });

  it('reads everything at once when there is no snapshot', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const engine = await ExerciseEngine.openQuickly(harness.store);
    expect(engine.historyProgress()).toBeNull();
    expect(engine.events).toEqual(harness.engine.events);
  });
});

describe('the content a log embeds', () => {
  it('gives the same playbook and scenario as reading their documents again', async () => {
    const harness = await Harness.create();
    const created = createdEvent(harness.engine.events[0]!);
    const trusted = contentOfCreated(created);
    const embedded = created.payload.content;
    const checked = loadContent({
      playbook: { sources: embedded.playbook.sources, hash: embedded.playbook.hash },
      scenario: { source: embedded.scenario.source, hash: embedded.scenario.hash },
    });
    if (!checked.ok) throw new Error(describeProblems(checked.problems));
    expect(embedded.playbook.documents?.mechanisms.map((mechanism) => mechanism.id)).toEqual([
      ...checked.content.playbook.mechanisms.keys(),
    ]);
    expect(trusted.scenario).toEqual(checked.content.scenario);
    expect([...trusted.playbook.mechanisms.keys()]).toEqual([...checked.content.playbook.mechanisms.keys()]);
    expect(trusted.playbook.roles).toEqual(checked.content.playbook.roles);
    expect(trusted.playbook.markings).toEqual(checked.content.playbook.markings);
    const date = trusted.scenario.start.date.slice(0, 10);
    // Machines hold functions (guards, actions): compare what they are built from.
    const shape = (content: typeof trusted) =>
      JSON.stringify(content.playbook.machine('crisis', date).config);
    expect(shape(trusted)).toEqual(shape(checked.content));
  });
});
