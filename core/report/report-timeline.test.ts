// The timeline of the review log (test/fixtures/review-log.ts): the expected entries are worked out from the
// fixture's comments and the mini scenario (INJ-1 at T+0; the crisis mechanism starts at T+0; ESCALATE
// enters full.measures.drafting, which releases INJ-3 an hour later), never from the code.
import { describe, expect, it } from 'vitest';
import { HOUR, reviewLog, reviewModels } from '../../test/fixtures/review-log';
import { ExerciseReadModels } from '../read-models/index';
import { reportTimeline } from './report-timeline';

describe('reportTimeline', () => {
  it('lists the starts, injects, decisions, the void and ENDEX in log order', async () => {
    const { models } = await reviewModels();
    const timeline = reportTimeline(models);
    const seqs = timeline.map((entry) => entry.at.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const brief = timeline.map((entry) => {
      const hours = entry.at.scenarioMs / HOUR;
      switch (entry.kind) {
        case 'mechanism-started':
          return `${hours} started ${entry.actorKey}`;
        case 'inject-released':
          return `${hours} released ${entry.injectId}`;
        case 'decision':
          return `${hours} ${entry.role} ${entry.event}${entry.voided ? ' (voided)' : ''}`;
        case 'voided':
          return `${hours} ${entry.by} voids ${entry.event}`;
        default:
          return `${hours} ${entry.kind}`;
      }
    });
    // The fixture's comment has the solidarity case start at T+0 too, but the log has no mechanism.started for
    // it (seq 2 starts crisis, seq 5 releases INJ-1): a case starts when invoked, and none is.
    expect(brief.slice(0, 2)).toEqual(['0 started crisis', '0 released INJ-1']);
    expect(brief.slice(2)).toEqual([
      '2 ms-a RAPID_ALERT',
      '2 presidency STAND_DOWN',
      '2 ms-a CONSULT',
      '3 presidency ACTIVATE',
      '4 presidency ESCALATE',
      '5 released INJ-3',
      '5 presidency ADOPT (voided)',
      '6 excon voids ADOPT',
      '7 ended',
    ]);
  });

  it('gives a released inject its title and recipients, and a decision the inject it answers', async () => {
    const { models } = await reviewModels();
    const timeline = reportTimeline(models);
    expect(timeline.find((entry) => entry.kind === 'inject-released')).toMatchObject({
      injectId: 'INJ-1',
      title: 'Explosion at the port',
      to: ['ms-a', 'ms-c'],
    });
    expect(timeline.find((entry) => entry.kind === 'decision')).toMatchObject({
      machine: 'crisis',
      event: 'RAPID_ALERT',
      answersInject: 'INJ-1',
      playedBy: null,
    });
  });

  it('gives ENDEX its wall time only when it is the last event, the read models keeping no other', async () => {
    // The review log adds CA-1 after ENDEX: the ended entry's wall time is unknown.
    const { models } = await reviewModels();
    expect(reportTimeline(models).at(-1)).toMatchObject({ kind: 'ended', at: { wallTime: null } });
    // Without the hot wash's action, ENDEX is the last event: command 24 of the fixture.
    const h = await reviewLog();
    const upToEnd = h.log.filter((event) => event.type !== 'corrective-action.added');
    const ended = reportTimeline(ExerciseReadModels.of(upToEnd, h.engine.content)).at(-1);
    expect(upToEnd.at(-1)?.type).toBe('exercise.ended');
    expect(ended).toEqual({
      kind: 'ended',
      at: {
        seq: upToEnd.at(-1)!.seq,
        scenarioMs: 7 * HOUR,
        wallTime: new Date(upToEnd.at(-1)!.wallMs).toISOString(),
      },
    });
  });

  it('has no ENDEX before the exercise ended', async () => {
    const h = await reviewLog();
    const running = h.log.filter((event) => event.scenarioMs < 7 * HOUR);
    const kinds = reportTimeline(ExerciseReadModels.of(running, h.engine.content)).map((entry) => entry.kind);
    expect(kinds).not.toContain('ended');
    expect(kinds).toContain('voided');
  });
});
