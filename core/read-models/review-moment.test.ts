// The review's moment at a point of the log, read from the whole log's read models, against a second way of
// working it out: the read models of the log cut at that point, read as they stand at their end.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../node-adapters/index';
import { contentOfCreated } from '../engine/index';
import { decodeJournal } from '../stores/index';
import { ExerciseReadModels } from './exercise-read-models';
import { reviewMoment } from './review-moment';

const journal = path.join(PROJECT_ROOT, 'test/fixtures/journals/improvement-plan-v4/events.jsonl');
const events = decodeJournal(readFileSync(journal, 'utf8'), { trusted: true }).events;
const content = contentOfCreated(events[0]!);
const whole = ExerciseReadModels.of(events, content);

/** What the log cut after event `index` says at its end. */
function atEndOf(index: number) {
  const cut = ExerciseReadModels.of(events.slice(0, index + 1), content);
  const mechanisms = [...cut.history.actors()]
    .map(([actorKey, records]) => [actorKey, records.at(-1)?.to] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const decisions = [...cut.history.decisions()].map((record) => [record.decisionId, record.voided !== null]);
  const injects = new Map<string, [number, number, number]>();
  for (const inject of cut.injects.all())
    for (const recipient of inject.recipients.values()) {
      const counts = injects.get(recipient.role) ?? [0, 0, 0];
      if (recipient.delivered) counts[0] += 1;
      if (recipient.acknowledged) counts[1] += 1;
      if (recipient.status === 'blocked') counts[2] += 1;
      injects.set(recipient.role, counts);
    }
  const pairs = cut.exchange
    .organisationPairs()
    .filter((pair) => pair.messages + pair.injects + pair.products + pair.blocked > 0);
  return {
    mechanisms,
    decisions,
    injects,
    pairs,
    euNato: cut.exchange.euNato(),
    blocked: cut.exchange.blockedByMarking(),
  };
}

describe('reviewMoment', () => {
  // Every tenth event, and the ones around a void, a blocked delivery and a read message.
  const interesting = events.flatMap((event, index) =>
    ['decision.voided', 'inject.blocked', 'message.blocked', 'message.read', 'decision.taken'].includes(
      event.type,
    )
      ? [index - 1, index]
      : [],
  );
  const points = [
    ...new Set([
      0,
      ...interesting,
      ...events.map((_, index) => index).filter((i) => i % 10 === 0),
      events.length - 1,
    ]),
  ];

  it('shows each point as the log cut there ends', () => {
    expect(interesting.length).toBeGreaterThan(8);
    for (const index of points) {
      const event = events[index]!;
      const moment = reviewMoment(whole, { seq: event.seq, scenarioMs: event.scenarioMs });
      const oracle = atEndOf(index);
      const where = `after event ${event.seq} (${event.type})`;
      expect(
        moment.mechanisms.map((row) => [row.actorKey, row.states]),
        where,
      ).toEqual(oracle.mechanisms);
      expect(
        moment.decisions.map((row) => [row.record.decisionId, row.voided]),
        where,
      ).toEqual(oracle.decisions);
      const injects = moment.roles
        .filter((role) => role.injectsReceived + role.injectsBlocked > 0)
        .map((role) => [role.role, [role.injectsReceived, role.injectsRead, role.injectsBlocked]]);
      expect(new Map(injects as [string, number[]][]), where).toEqual(oracle.injects);
      expect(moment.pairs, where).toEqual(oracle.pairs);
      expect(moment.euNato, where).toEqual(oracle.euNato);
      expect(moment.blockedByMarking, where).toEqual(oracle.blocked);
    }
  });

  it('moves with the log: nothing before the first event, everything at the end', () => {
    const first = reviewMoment(whole, { seq: events[0]!.seq, scenarioMs: 0 });
    expect(first.decisions).toEqual([]);
    expect(first.pairs).toEqual([]);
    const last = reviewMoment(whole, { seq: events.at(-1)!.seq, scenarioMs: events.at(-1)!.scenarioMs });
    expect(last.decisions.length).toBe([...whole.history.decisions()].length);
    expect(last.decisions.filter((row) => row.voided)).toHaveLength(1);
    expect(last.roles.some((role) => role.messagesRead > 0)).toBe(true);
    expect(last.euNato).toEqual(whole.exchange.euNato());
  });

  it('finds the event logged at or before a scenario time', () => {
    const middle = events[Math.floor(events.length / 2)]!;
    const found = whole.facts.lastAt(middle.scenarioMs)!;
    // The last event at that scenario time, by a plain scan.
    const scanned = events.filter((event) => event.scenarioMs <= middle.scenarioMs).at(-1)!;
    expect(found).toEqual({ seq: scanned.seq, scenarioMs: scanned.scenarioMs });
    expect(whole.facts.lastAt(-1)).toBeNull();
  });
});
