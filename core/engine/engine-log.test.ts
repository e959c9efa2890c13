import { describe, expect, it } from 'vitest';
import { Harness } from '../../test/fixtures/engine-harness';
import type { ExerciseEvent } from '../ports/index';
import { EngineLog } from './engine-log';

/** A short real log: STARTEX, a jump, a decision and a message, each by its own command. */
async function playedEvents(): Promise<readonly ExerciseEvent[]> {
  const harness = await Harness.create();
  await harness.startAtMaxSpeed();
  await harness.jumpTo(3_600_000);
  await harness.send('decision/take', { machine: 'crisis', event: 'CONSULT' }, 'ms-a');
  await harness.send('message/send', { to: ['nac'], marking: 'PUBLIC', subject: 'S', body: 'B' }, 'ms-a');
  return harness.engine.events;
}

/** The second way: a command's seqs by a search of the whole log. */
const seqsByScan = (events: readonly ExerciseEvent[], commandId: string) =>
  events.filter((event) => event.commandId === commandId).map((event) => event.seq);

describe('the log in memory', () => {
  it('knows the seqs each command appended, whether the events came at once or batch by batch', async () => {
    const events = await playedEvents();
    const commandIds = [...new Set(events.map((event) => event.commandId))].filter((id) => id !== null);
    expect(commandIds.length).toBeGreaterThanOrEqual(4);
    const whole = new EngineLog([...events]);
    const batched = new EngineLog([]);
    for (let start = 0; start < events.length; start += 3) batched.append(events.slice(start, start + 3));
    for (const id of commandIds) {
      expect(whole.commandSeqs(id)).toEqual(seqsByScan(events, id));
      expect(batched.commandSeqs(id)).toEqual(seqsByScan(events, id));
    }
    expect(whole.commandSeqs('never-sent')).toBeUndefined();
    expect(batched.events).toEqual(events);
  });

  it('puts the history read after a quick open before the events appended meanwhile, and indexes it', async () => {
    const events = await playedEvents();
    const cut = Math.floor(events.length / 2);
    const log = new EngineLog(events.slice(cut, -1));
    log.partial = { loaded: 0, total: cut };
    const history = events.slice(0, cut);
    log.indexHistory(history.slice(0, 5), 5);
    expect(log.partial).toEqual({ loaded: 5, total: cut });
    log.indexHistory(history.slice(5), cut);
    log.append(events.slice(-1));
    log.completeHistory([...history]);
    expect(log.partial).toBeNull();
    expect(log.events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    const first = history.find((event) => event.commandId !== null)!;
    expect(log.commandSeqs(first.commandId!)).toEqual(seqsByScan(events, first.commandId!));
  });

  it('tells each listener of each batch until it unsubscribes', () => {
    const log = new EngineLog([]);
    const heard: number[] = [];
    const stop = log.subscribe((batch) => heard.push(batch.length));
    log.notify([]);
    stop();
    log.notify([]);
    expect(heard).toEqual([0]);
  });
});
