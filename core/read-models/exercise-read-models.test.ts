// Read models fed live (a few events at a time, as the console and the evaluator feed them) end where one
// pass over the whole log ends: checked on the hand-played fixture journal at random cut points.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../node-adapters/index';
import { contentOfCreated } from '../engine/index';
import { computeMetrics, metricsOf } from '../metrics/index';
import type { ExerciseEvent } from '../ports/index';
import { decodeJournal } from '../stores/index';
import { branchSummary, ExerciseFacts, ReadModelFeed } from './exercise-read-models';

const journal = path.join(PROJECT_ROOT, 'test/fixtures/journals/hand-played-combined-v1/events.jsonl');
const events = decodeJournal(readFileSync(journal, 'utf8'), { trusted: true }).events;
const content = contentOfCreated(events[0]!);
const whole = computeMetrics(events, content);
const asIs = (event: ExerciseEvent) => event;

describe('ReadModelFeed', () => {
  it('folded a few events at a time gives the metrics of one pass, at every stop on the way', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: events.length - 1 }), { maxLength: 8 }),
        (cuts) => {
          const feed = new ReadModelFeed(content, asIs);
          // The log grows in place, as the engine's does: the same array, longer at each stop.
          const log: ExerciseEvent[] = [];
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            log.push(...events.slice(log.length, cut));
            expect(metricsOf(feed.advance(log))).toEqual(computeMetrics(log, content));
          }
          log.push(...events.slice(log.length));
          expect(metricsOf(feed.advance(log))).toEqual(whole);
        },
      ),
      { seed: 7, numRuns: 25 },
    );
  });

  it('starts afresh when the log it is given no longer begins with the same event', () => {
    const feed = new ReadModelFeed(content, asIs);
    const tail = events.slice(100);
    const first = feed.advance(tail);
    expect(first.facts.count).toBe(events.length - 100);
    // The history read in after a quick open: the whole log, in a new array that starts at seq 1.
    const again = feed.advance(events);
    expect(again).not.toBe(first);
    expect(metricsOf(again)).toEqual(whole);
  });
});

describe('ExerciseFacts', () => {
  it('knows the event that ended the exercise', () => {
    const facts = new ExerciseFacts();
    for (const event of events) facts.apply(event);
    const ended = events.find((event) => event.type === 'exercise.ended');
    expect(ended).toBeDefined();
    expect(facts.ended).toBe(true);
    expect(facts.endedSeq).toBe(ended?.seq);
    expect(facts.branch).toBeNull();
  });

  it('takes a what-if branch’s own name and where it left its origin from exercise.branched', () => {
    const facts = new ExerciseFacts();
    const cut = events.slice(0, 40);
    for (const event of cut) facts.apply(event);
    const last = cut.at(-1)!;
    facts.apply({
      ...last,
      seq: 41,
      type: 'exercise.branched',
      audience: ['control', 'evaluation'],
      marking: null,
      payload: {
        name: 'What if NATO is told at once',
        origin: { exerciseId: last.exerciseId, name: 'PACE rehearsal' },
        atSeq: 40,
        prefixSha256: 'a'.repeat(64),
      },
    } as ExerciseEvent);
    expect(facts.name).toBe('What if NATO is told at once');
    expect(facts.branch).toEqual({
      originExerciseId: last.exerciseId,
      originName: 'PACE rehearsal',
      atSeq: 40,
      atScenarioMs: last.scenarioMs,
      branchedSeq: 41,
      prefixSha256: 'a'.repeat(64),
    });
    expect(facts.endedSeq).toBeNull();
    // What a report or a comparison says of it: the origin and the point, not the hash.
    expect(branchSummary(facts.branch)).toEqual({
      originExerciseId: last.exerciseId,
      originName: 'PACE rehearsal',
      atSeq: 40,
      atScenarioMs: last.scenarioMs,
    });
    expect(branchSummary(null)).toBeNull();
  });
});
