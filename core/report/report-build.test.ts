// The report model of the review log (test/fixtures/review-log.ts) and of the what-if branch fixture journal.
// Each expected value is worked out from the fixture's comments and the harness's rules (each command one
// simulated second after the last, from WALL_START; the mini scenario and playbook in test/fixtures), never
// from the code under test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../node-adapters/index';
import { WALL_START } from '../../test/fixtures/engine-harness';
import { HOUR, reviewLog, reviewModels } from '../../test/fixtures/review-log';
import { contentOfCreated } from '../engine/index';
import { isEvent } from '../events/index';
import { metricsOf } from '../metrics/index';
import { ExerciseReadModels } from '../read-models/index';
import { decodeJournal } from '../stores/index';
import { buildReport } from './report-build';
import { REPORT_SCHEMA_VERSION } from './report-model';

const iso = (wallMs: number) => new Date(wallMs).toISOString();

describe('buildReport of the review log', () => {
  it('gives the overview: the exercise, its clocks, its marking and who is in it', async () => {
    const { h, models } = await reviewModels();
    const report = buildReport(models, metricsOf(models));
    expect(report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(report.overview).toEqual({
      exerciseId: 'mini-1',
      name: 'Mini',
      scenarioId: 'mini-scenario',
      scenarioTitle: 'Mini scenario',
      // test/fixtures/mini-scenario.yaml: "A two-day crisis for tests.", span 2d.
      scope: { summary: 'A two-day crisis for tests.', plannedSpanMs: 48 * HOUR },
      inWorldStart: { date: '2019-06-03T09:00', timeZone: 'Europe/Brussels' },
      // exercise.created at WALL_START; 25 commands follow, one second apart, CA-1's the last.
      wallStart: iso(WALL_START),
      wallEnd: iso(WALL_START + 25_000),
      scenarioDurationMs: 7 * HOUR,
      events: h.log.length,
      ended: true,
      marking: 'EXERCISE',
      branch: null,
      // The scenario's roles in play (presidency, ms-a, ms-c, nac, excon, simcell; local press), each under
      // its organisation in roles.yaml; the press names its organisation itself.
      organisations: [
        { organisation: 'council', name: 'Council', roles: [r('presidency', 'Presidency', 'eu', true)] },
        { organisation: 'state-a', name: 'State A', roles: [r('ms-a', 'Member State A', 'national', true)] },
        { organisation: 'state-c', name: 'State C', roles: [r('ms-c', 'Member State C', 'national', true)] },
        { organisation: 'nato', name: 'NATO', roles: [r('nac', 'North Atlantic Council', 'nato', true)] },
        {
          organisation: 'excon',
          name: 'Exercise control',
          roles: [
            r('excon', 'Exercise control', 'control', false),
            r('simcell', 'Simulation cell', 'control', false),
          ],
        },
        {
          organisation: 'Evening Courier',
          name: 'Evening Courier',
          roles: [r('press', 'Evening Courier', 'external', false)],
        },
      ],
      // The review log is played through the engine alone: no host recorded a station joining.
      stations: [],
    });
    expect(h.log.at(-1)?.type).toBe('corrective-action.added');
  });

  it('takes the exercise marking as an option, since no read model keeps it', async () => {
    const { models } = await reviewModels();
    expect(buildReport(models, metricsOf(models), { marking: 'EXERCISE EXERCISE' }).overview.marking).toBe(
      'EXERCISE EXERCISE',
    );
  });

  it('gives obj-alert its standing rating S and its strength and area for improvement', async () => {
    const { models } = await reviewModels();
    const report = buildReport(models, metricsOf(models));
    expect(report.objectives).toHaveLength(1);
    const [objective] = report.objectives;
    expect(objective).toMatchObject({
      objectiveId: 'obj-alert',
      title: 'Alert partners fast',
      capability: 'Operational communications',
      rating: {
        rating: 'S',
        rationale: 'Fast alert, no press line',
        by: 'excon',
        superseded: 0,
        at: { scenarioMs: 7 * HOUR },
      },
      other: [],
    });
    const texts = (list: { observationId: string; text: string; amendments: number }[]) =>
      list.map(({ observationId, text, amendments }) => ({ observationId, text, amendments }));
    expect(texts(objective!.strengths)).toEqual([
      { observationId: 'OBS-1', text: 'Alert went out fast', amendments: 0 },
    ]);
    expect(texts(objective!.improvements)).toEqual([
      { observationId: 'OBS-2', text: 'Press not briefed', amendments: 0 },
    ]);
    expect(report.unassignedObservations).toEqual([]);
  });

  it('lists the decisions in the order taken, the voided ADOPT flagged and its void after it', async () => {
    const { models } = await reviewModels();
    const { timeline } = buildReport(models, metricsOf(models));
    const decisions = timeline.flatMap((entry) =>
      entry.kind === 'decision'
        ? [[entry.event, entry.role, entry.at.scenarioMs / HOUR, entry.answersInject, entry.voided]]
        : entry.kind === 'voided'
          ? [['void ' + entry.event, entry.by, entry.at.scenarioMs / HOUR, entry.reason, true]]
          : [],
    );
    expect(decisions).toEqual([
      ['RAPID_ALERT', 'ms-a', 2, 'INJ-1', false],
      ['STAND_DOWN', 'presidency', 2, null, false],
      ['CONSULT', 'ms-a', 2, null, false],
      ['ACTIVATE', 'presidency', 3, null, false],
      ['ESCALATE', 'presidency', 4, null, false],
      ['ADOPT', 'presidency', 5, null, true],
      ['void ADOPT', 'excon', 6, 'Taken by mistake', true],
    ]);
  });

  it('gives the coordination figures of metrics.json, and the one message across the EU–NATO line', async () => {
    const { models } = await reviewModels();
    const { coordination } = buildReport(models, metricsOf(models));
    // A second computation, so the figures are compared by value, not as the same object.
    const { exchange } = metricsOf(models);
    expect(coordination).toMatchObject({
      edges: exchange.edges,
      euNato: exchange.euNato,
      blockedByMarking: exchange.blockedByMarking,
      blockedTotal: exchange.blockedTotal,
    });
    // The NAC's NATO-ONLY message goes to Member States (national side): it crosses no line. The Presidency's
    // REL-EU-NATO message to the NAC does (eu → nato), delivered at T+5h.
    expect(coordination.crossings).toEqual([
      {
        at: expect.objectContaining({ scenarioMs: 5 * HOUR }),
        kind: 'message',
        fromOrg: 'council',
        toOrg: 'nato',
        marking: 'REL-EU-NATO',
        outcome: 'delivered',
        voided: false,
      },
    ]);
  });

  it('carries the legal clocks and the metrics annex as metrics.json has them', async () => {
    const { models } = await reviewModels();
    const metrics = metricsOf(models);
    const report = buildReport(models, metrics);
    expect(report.metricsAnnex).toEqual(metricsOf(models));
    expect(report.legalClocks).toEqual(metricsOf(models).legalClocks);
  });

  it('gives the improvement plan: CA-1 as added after ENDEX', async () => {
    const { h, models } = await reviewModels();
    expect(buildReport(models, metricsOf(models)).improvementPlan).toEqual([
      {
        actionId: 'CA-1',
        what: 'Write a press line template',
        owner: 'ms-a',
        due: '2027-03-31',
        objectiveId: 'obj-alert',
        observationIds: ['OBS-2'],
        added: { seq: h.log.at(-1)!.seq, scenarioMs: 7 * HOUR, wallTime: iso(WALL_START + 25_000) },
        versions: 1,
        withdrawn: null,
      },
    ]);
  });

  it('shows texts and actions as they stand after amendments, a later rating and a withdrawal', async () => {
    const h = await reviewLog();
    // Beyond the fixture: commands 26 to 31, one second apart after CA-1.
    await h.send('observation/amend', { observationId: 'OBS-2', text: 'Press line late', reason: 'checked' });
    await h.send('observation/record', { observationId: 'OBS-3', kind: 'strength', text: 'Calm' });
    await h.send('rating/give', { objectiveId: 'obj-alert', rating: 'M', rationale: 'On reflection' });
    await h.send('corrective-action/amend', { actionId: 'CA-1', changes: { due: null }, reason: 'open' });
    await h.send('corrective-action/add', {
      actionId: 'CA-2',
      what: 'Drill, again',
      owner: 'presidency',
      due: null,
      objectiveId: null,
      observationIds: ['OBS-1'],
    });
    await h.send('corrective-action/withdraw', { actionId: 'CA-2', reason: 'Covered by CA-1' });
    const models = ExerciseReadModels.of(h.log, h.engine.content);
    const report = buildReport(models, metricsOf(models));
    const [objective] = report.objectives;
    expect(objective?.rating).toMatchObject({ rating: 'M', rationale: 'On reflection', superseded: 1 });
    expect(objective?.improvements.map(({ text, amendments }) => ({ text, amendments }))).toEqual([
      { text: 'Press line late', amendments: 1 },
    ]);
    expect(report.unassignedObservations.map((item) => [item.observationId, item.kind])).toEqual([
      ['OBS-3', 'strength'],
    ]);
    expect(report.improvementPlan.map((action) => [action.actionId, action.due, action.versions])).toEqual([
      ['CA-1', null, 2],
      ['CA-2', null, 1],
    ]);
    expect(report.improvementPlan[0]?.withdrawn).toBeNull();
    expect(report.improvementPlan[1]?.withdrawn).toEqual({
      reason: 'Covered by CA-1',
      by: 'excon',
      seq: h.log.at(-1)!.seq,
      wallTime: iso(WALL_START + 31_000),
    });
  });
});

describe('buildReport of the what-if branch fixture journal', () => {
  it('names the branch’s origin and the point it left it', () => {
    const text = readFileSync(
      path.join(PROJECT_ROOT, 'test/fixtures/journals/what-if-branch-v5/events.jsonl'),
      'utf8',
    );
    const { events } = decodeJournal(text, { trusted: false });
    const first = events[0]!;
    const models = ExerciseReadModels.of(events, contentOfCreated(first));
    const marking = isEvent(first, 'exercise.created') ? first.payload.exerciseMarking : undefined;
    const { overview } = buildReport(models, metricsOf(models), { marking });
    // scripts/make-branch-fixture.ts branched pace-rehearsal-hand-played after its event 188.
    expect(overview.branch).toEqual({
      originExerciseId: 'pace-rehearsal-hand-played',
      originName: 'PACE rehearsal (hand-played)',
      atSeq: 188,
      // Its exercise.branched event (seq 189) is logged at T+72h, the origin's time at the point.
      atScenarioMs: 72 * 3_600_000,
    });
    expect(overview).toMatchObject({
      exerciseId: 'pace-rehearsal-what-if',
      events: events.length,
      ended: true,
      marking: 'EXERCISE EXERCISE EXERCISE',
    });
  });
});

function r(role: string, title: string, side: string, participant: boolean) {
  return { role, title, side, participant };
}

describe('buildReport of the station access fixture journal', () => {
  it('lists who joined which role, in order, and the station cut off with its reason', () => {
    const text = readFileSync(
      path.join(PROJECT_ROOT, 'test/fixtures/journals/station-access-v3/events.jsonl'),
      'utf8',
    );
    const { events } = decodeJournal(text, { trusted: false });
    const models = ExerciseReadModels.of(events, contentOfCreated(events[0]!));
    const { stations } = buildReport(models, metricsOf(models)).overview;
    // Counted in the journal's lines apart from the read model: one seat per station.joined.
    const joins = text.split('\n').filter((line) => line.includes('"type":"station.joined"'));
    expect(stations).toHaveLength(joins.length);
    expect(stations.map((seat) => seat.joined.seq)).toEqual(
      joins.map((line) => (JSON.parse(line) as { seq: number }).seq),
    );
    // scripts/make-fixture-journals.ts cuts ms-b's station off, "revoked by exercise control".
    const cut = stations.filter((seat) => seat.revoked !== null);
    expect(cut.map((seat) => [seat.roles, seat.revoked?.reason])).toEqual([
      [['ms-b'], 'revoked by exercise control'],
    ]);
    expect(stations.every((seat) => seat.via === 'code')).toBe(true);
  });
});
