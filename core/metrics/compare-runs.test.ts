// Two runs of the mini scenario played by hand, compared; every figure worked out here from what each run did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import {
  exerciseContent,
  miniPlaybookWith,
  miniScenarioText,
  replaceOnce,
} from '../../test/fixtures/fixtures';
import { branchLog, ExerciseEngine } from '../engine/index';
import { isEvent } from '../events/index';
import type { ExerciseEvent } from '../ports/index';
import { ExerciseReadModels } from '../read-models/index';
import { MemoryEventStore } from '../stores/index';
import { compareRuns, ComparisonError } from './compare-runs';
import { COMPARED_GROUPS, type ComparedFigure, type FigureVerdict } from './compare-types';

const take = (machine: string, event: string, fields: Record<string, unknown> = {}) => ({
  machine,
  event,
  fields,
});

/** The log under another exercise id, as two exercises of the same scenario have. */
const withId = (events: readonly ExerciseEvent[], exerciseId: string) =>
  events.map((event) => ({ ...event, exerciseId }) as ExerciseEvent);

const modelsOf = (h: Harness, exerciseId = h.engine.events[0]!.exerciseId) =>
  ExerciseReadModels.of(withId(h.engine.events, exerciseId), h.engine.content);

/**
 * Run A, the quick one. T+0 INJ-1 (the press) reaches ms-a and ms-c; T+1h ms-c acknowledges; T+2h ms-a's rapid
 * alert (notify; meets INJ-1/EA-1; crisis enters sharing); T+3h the Presidency escalates (decide; crisis
 * enters full, so INJ-3 from the NAC reaches ms-a an hour later, T+4h); T+5h it adopts measures (activate)
 * and sends the NAC a REL-EU-NATO message; T+12h INJ-1/EA-2 (free text) is missed. `afterAlert` is the seq
 * of the rapid alert's last event, where the branch of the last test leaves it.
 */
async function quickRun() {
  const h = await Harness.create();
  await h.startAtMaxSpeed();
  await h.jumpTo(1 * HOUR);
  await h.send('inject/acknowledge', { injectId: 'INJ-1' }, 'ms-c');
  await h.jumpTo(2 * HOUR);
  await h.send('decision/take', take('crisis', 'RAPID_ALERT'), 'ms-a');
  const afterAlert = h.engine.events.length;
  await h.jumpTo(3 * HOUR);
  await h.send('decision/take', take('crisis', 'ESCALATE', { reason: 'spread' }), 'presidency');
  await h.jumpTo(5 * HOUR);
  await h.send('decision/take', take('crisis', 'ADOPT'), 'presidency');
  await h.send(
    'message/send',
    { to: ['nac'], marking: 'REL-EU-NATO', subject: 'EU line', body: 'b' },
    'presidency',
  );
  await h.jumpTo(13 * HOUR);
  return { h, afterAlert };
}

/**
 * Run B, the slow one. T+0 INJ-1; T+3h ms-c acknowledges; T+4h ms-a's rapid alert (meets EA-1, window 6h);
 * T+8h the Presidency escalates (INJ-3 reaches ms-a at T+9h); it never adopts. The NAC sends a NATO-ONLY
 * message to ms-a (delivered) and ms-c (blocked: not cleared); the Presidency sends the NAC an EU-ONLY
 * message, blocked at the EU–NATO line; T+10h EXCON marks EA-2 met.
 */
async function slowRun() {
  const h = await Harness.create();
  await h.startAtMaxSpeed();
  await h.jumpTo(3 * HOUR);
  await h.send('inject/acknowledge', { injectId: 'INJ-1' }, 'ms-c');
  await h.jumpTo(4 * HOUR);
  await h.send('decision/take', take('crisis', 'RAPID_ALERT'), 'ms-a');
  await h.jumpTo(8 * HOUR);
  await h.send('decision/take', take('crisis', 'ESCALATE', { reason: 'spread' }), 'presidency');
  await h.send(
    'message/send',
    { to: ['ms-a', 'ms-c'], marking: 'NATO-ONLY', subject: 'Allied line', body: 'b' },
    'nac',
  );
  await h.send(
    'message/send',
    { to: ['nac'], marking: 'EU-ONLY', subject: 'EU only', body: 'b' },
    'presidency',
  );
  await h.jumpTo(10 * HOUR);
  await h.send('expected-action/mark', { injectId: 'INJ-1', actionId: 'EA-2', met: true });
  await h.jumpTo(13 * HOUR);
  return h;
}

type Worked = [key: string, a: number | null, b: number | null, difference: number | null, FigureVerdict];

/**
 * A against B, figure by figure (a − b; shorter times and more met are better). No report- or assess-stage
 * event exists in the mini playbook, so T_detect and T_assess are empty in both; T_notify runs from the first
 * delivery (T+0); all decisions are the crisis mechanism's, so its chain is the total's.
 */
const STAGE_ROWS = (scope: string): Worked[] => [
  [`stage:${scope}:detect`, null, null, null, 'same'],
  [`stage:${scope}:notify`, 2 * HOUR, 4 * HOUR, -2 * HOUR, 'better'], // T+0→T+2h against T+0→T+4h
  [`stage:${scope}:assess`, null, null, null, 'same'],
  [`stage:${scope}:decide`, 1 * HOUR, 4 * HOUR, -3 * HOUR, 'better'], // T+2h→T+3h against T+4h→T+8h
  [`stage:${scope}:activate`, 2 * HOUR, null, null, 'only-a'], // T+3h→T+5h; B never adopted
];
const WORKED: Worked[] = [
  ...STAGE_ROWS('all'),
  ...STAGE_ROWS('crisis'),
  // sharing (first entered at the rapid alert) to full (the escalation): 1h against 4h, both inside 3d.
  ['window:crisis:sharing-to-full', 1 * HOUR, 4 * HOUR, -3 * HOUR, 'better'],
  // ms-a got INJ-1 and INJ-3 in both runs and acknowledged neither: no median, none acknowledged.
  ['ack:ms-a:median', null, null, null, 'same'],
  ['ack:ms-a:acknowledged', 0, 0, 0, 'same'],
  ['ack:ms-c:median', 1 * HOUR, 3 * HOUR, -2 * HOUR, 'better'],
  ['ack:ms-c:acknowledged', 1, 1, 0, 'same'],
  // INJ-1's EA-1 and EA-2 released in both; A: EA-1 met, EA-2 missed; B: EA-1 met, EA-2 marked met.
  ['expected:released', 2, 2, 0, 'same'],
  ['expected:met', 1, 2, -1, 'worse'],
  ['expected:missed', 1, 0, 1, 'worse'],
  ['expected:open', 0, 0, 0, 'same'],
  ['expected:hitRate', 0.5, 1, -0.5, 'worse'],
  // INJ-1 from the press to each Member State in both; the Presidency's message to NATO delivered in A,
  // blocked in B (0 delivered); INJ-3 to state-a in both, plus the NAC's message in B; the NAC's message
  // blocked for state-c in B, a pair of B only.
  ['pair:Evening Courier→state-a', 1, 1, 0, 'same'],
  ['pair:Evening Courier→state-c', 1, 1, 0, 'same'],
  ['pair:council→nato', 1, 0, 1, 'changed'],
  ['pair:nato→state-a', 1, 2, -1, 'changed'],
  ['pair:nato→state-c', null, 0, null, 'only-b'],
  // Only A's Presidency (EU side) got a message through to NATO, B's was blocked at the line; the Member
  // States are national, not either side.
  ['euNato:exchanges', 1, 0, 1, 'better'],
  ['euNato:messages', 1, 0, 1, 'better'],
  ['euNato:products', 0, 0, 0, 'same'],
  ['euNato:blocked', 0, 1, -1, 'better'],
  ['euNato:scriptedInjects', 0, 0, 0, 'same'],
];

const rowOf = (item: ComparedFigure): Worked => [item.key, item.a, item.b, item.difference, item.verdict];

describe('compareRuns on two hand-played runs', () => {
  it('gives every figure, its difference and its verdict as worked out by hand, in group order', async () => {
    const [a, b] = [modelsOf((await quickRun()).h, 'run-a'), modelsOf(await slowRun(), 'run-b')];
    const comparison = compareRuns(a, b);
    expect(comparison.figures.map(rowOf)).toEqual(WORKED);
    // 6 stages, the window, ms-c's median, 3 expected, 3 pairs, 3 EU↔NATO figures.
    expect(comparison.differing).toBe(17);
    expect(comparison.figures).toHaveLength(30);
    expect(comparison.scenarioId).toBe('mini-scenario');
    expect(comparison.branchPoint).toBeNull();
    expect(comparison.decisionsAfterBranch).toBeNull();
    expect(comparison.figures.every((item) => !item.beforeBranch)).toBe(true);
  });

  it('describes each figure: its subject, its unit and a window’s outcome in each run', async () => {
    const [a, b] = [modelsOf((await quickRun()).h, 'run-a'), modelsOf(await slowRun(), 'run-b')];
    const byKey = new Map(compareRuns(a, b).figures.map((item) => [item.key, item]));
    expect(byKey.get('window:crisis:sharing-to-full')).toMatchObject({
      group: 'windows',
      subject: {
        kind: 'window',
        mechanism: 'crisis',
        actorKey: 'crisis',
        windowId: 'sharing-to-full',
        title: 'Sharing to full',
      },
      unit: 'ms',
      status: { a: 'met', b: 'met' },
    });
    expect(byKey.get('stage:all:decide')?.subject).toEqual({
      kind: 'stage',
      mechanism: null,
      stage: 'decide',
    });
    expect(byKey.get('stage:crisis:decide')?.subject).toEqual({
      kind: 'stage',
      mechanism: 'crisis',
      stage: 'decide',
    });
    expect(byKey.get('ack:ms-c:acknowledged')).toMatchObject({
      subject: { kind: 'acknowledgement', role: 'ms-c', measure: 'acknowledged' },
      unit: 'count',
    });
    expect(byKey.get('expected:hitRate')?.unit).toBe('ratio');
    expect(byKey.get('pair:council→nato')?.subject).toEqual({
      kind: 'organisation-pair',
      fromOrg: 'council',
      toOrg: 'nato',
      euNato: true,
    });
    expect(byKey.get('pair:nato→state-a')?.subject).toMatchObject({ euNato: false });
  });

  it('describes each run from its log', async () => {
    const quick = (await quickRun()).h;
    const slow = await slowRun();
    const comparison = compareRuns(modelsOf(quick, 'run-a'), modelsOf(slow, 'run-b'));
    expect(comparison.a).toEqual({
      exerciseId: 'run-a',
      name: 'Mini',
      events: quick.engine.events.length,
      scenarioDurationMs: 13 * HOUR,
      ended: false,
      branch: null,
    });
    expect(comparison.b).toMatchObject({ exerciseId: 'run-b', events: slow.engine.events.length });
  });

  it('rates windows by outcome first, met over late over open over missed, then by time', async () => {
    // Alone, without escalating, a run leaves sharing-to-full open (72 h not yet passed at T+13h) or, played
    // past T+2h+3d, missed; escalating after 4 days makes it late.
    const open = await Harness.create();
    await open.startAtMaxSpeed();
    await open.send('decision/take', take('crisis', 'RAPID_ALERT'), 'ms-a');
    await open.jumpTo(13 * HOUR);
    const late = await Harness.create();
    await late.startAtMaxSpeed();
    await late.send('decision/take', take('crisis', 'RAPID_ALERT'), 'ms-a');
    await late.jumpTo(96 * HOUR);
    await late.send('decision/take', take('crisis', 'ESCALATE', { reason: 'late' }), 'presidency');
    const missed = await Harness.create();
    await missed.startAtMaxSpeed();
    await missed.send('decision/take', take('crisis', 'RAPID_ALERT'), 'ms-a');
    await missed.jumpTo(96 * HOUR);
    const met = (await quickRun()).h;
    const window = (a: Harness, b: Harness) =>
      compareRuns(modelsOf(a), modelsOf(b)).figures.find((item) => item.group === 'windows')!;
    expect(window(met, late)).toMatchObject({ status: { a: 'met', b: 'late' }, verdict: 'better' });
    expect(window(late, open)).toMatchObject({ status: { a: 'late', b: 'open' }, verdict: 'better' });
    expect(window(open, missed)).toMatchObject({ status: { a: 'open', b: 'missed' }, verdict: 'better' });
    expect(window(missed, late)).toMatchObject({ status: { a: 'missed', b: 'late' }, verdict: 'worse' });
    expect(window(late, met)).toMatchObject({ verdict: 'worse' });
    // 96h − T+0 (when sharing was entered): the late one took 4 days; the open one has no time yet.
    expect(window(late, open)).toMatchObject({ a: 96 * HOUR, b: null, difference: null });
    expect(window(open, open)).toMatchObject({ status: { a: 'open', b: 'open' }, verdict: 'same' });
    // A window that never opened in one run: B never left standby.
    const idle = await Harness.create();
    await idle.startAtMaxSpeed();
    expect(window(met, idle)).toMatchObject({ status: { a: 'met', b: null }, verdict: 'only-a' });
    expect(window(idle, met)).toMatchObject({ status: { a: null, b: 'met' }, verdict: 'only-b' });
  });

  it('calls more releases, open actions and scripted injects a change, neither better nor worse', async () => {
    // X: T+1h ms-a invokes solidarity, which releases INJ-4 to the Presidency with EA-3 (1d, open); EXCON sends
    // an ad-hoc inject from the NAC to the Presidency across the EU–NATO line. Y: only INJ-1 (EA-1, EA-2 open).
    const x = await Harness.create();
    await x.startAtMaxSpeed();
    await x.jumpTo(HOUR);
    await x.send(
      'decision/take',
      { ...take('solidarity', 'INVOKE', { overwhelmed: true }), instance: 'arland' },
      'ms-a',
    );
    await x.send('inject/send-adhoc', {
      title: 'Allied view',
      text: 't',
      from: 'nac',
      to: ['presidency'],
      channel: 'phone',
      marking: 'REL-EU-NATO',
    });
    const y = await Harness.create();
    await y.startAtMaxSpeed();
    const byKey = new Map(compareRuns(modelsOf(x), modelsOf(y)).figures.map((item) => [item.key, item]));
    expect(
      ['expected:released', 'expected:open', 'euNato:scriptedInjects'].map((key) => rowOf(byKey.get(key)!)),
    ).toEqual([
      ['expected:released', 3, 2, 1, 'changed'],
      ['expected:open', 3, 2, 1, 'changed'],
      ['euNato:scriptedInjects', 1, 0, 1, 'changed'],
    ]);
  });

  it('compares legal clocks in their own group, and not again among the windows', async () => {
    // The mini playbook's one window made a legal clock: escalated 1h after sharing against 4h after.
    const content = exerciseContent(
      miniPlaybookWith('crisis.yaml', (text) => replaceOnce(text, 'metric: T_decide', 'metric: legal-clock')),
      { path: 'mini-scenario.yaml', text: miniScenarioText() },
    );
    async function escalatedAfter(hours: number) {
      const engine = await ExerciseEngine.create(new MemoryEventStore('clock'), {
        exerciseId: 'clock',
        name: 'Clock',
        seed: 1,
        wallMs: Date.UTC(2019, 5, 3),
        content,
      });
      const send = sender(engine);
      await send('exercise/speed', { speed: 'max' });
      await send('exercise/start', {});
      await send('decision/take', take('crisis', 'RAPID_ALERT'), 'ms-a');
      await send('exercise/jump-to', { scenarioMs: hours * HOUR });
      await send('decision/take', take('crisis', 'ESCALATE', { reason: 'r' }), 'presidency');
      return ExerciseReadModels.of(engine.events, engine.content);
    }
    const { figures } = compareRuns(await escalatedAfter(1), await escalatedAfter(4));
    expect(figures.filter((item) => item.group === 'windows' || item.group === 'legalClocks')).toEqual([
      {
        key: 'clock:crisis:sharing-to-full',
        group: 'legalClocks',
        subject: {
          kind: 'legal-clock',
          mechanism: 'crisis',
          actorKey: 'crisis',
          windowId: 'sharing-to-full',
          title: 'Sharing to full',
        },
        unit: 'ms',
        a: 1 * HOUR,
        b: 4 * HOUR,
        difference: -3 * HOUR,
        status: { a: 'met', b: 'met' },
        verdict: 'better',
        beforeBranch: false,
      },
    ]);
  });

  it('refuses runs of two scenarios, naming both exercises and both scenarios', async () => {
    const other = await Harness.create(
      replaceOnce(miniScenarioText(), 'id: mini-scenario', 'id: other-scenario'),
    );
    await other.startAtMaxSpeed();
    const mini = await Harness.create();
    await mini.startAtMaxSpeed();
    const compare = () => compareRuns(modelsOf(mini, 'run-x'), modelsOf(other, 'run-y'));
    expect(compare).toThrow(ComparisonError);
    expect(compare).toThrow(
      'exercise run-x plays scenario mini-scenario and exercise run-y plays other-scenario: only runs of the same scenario can be compared',
    );
  });
});

const CONTROLLER = { role: 'excon', station: 'console', actingAs: null };

/** Commands to an engine opened on a branch, each of which must be accepted. */
function sender(engine: ExerciseEngine) {
  let count = 0;
  return async (type: string, payload: Record<string, unknown>, role = 'excon') => {
    count += 1;
    const reply = await engine.execute(
      { commandId: `b-${count}`, type, issuedBy: { role, station: 'test' }, payload },
      Date.UTC(2019, 5, 10) + count * 1000,
    );
    expect(reply).toMatchObject({ ok: true });
  };
}

describe('compareRuns on a what-if branch and its origin', () => {
  /**
   * The branch leaves run A right after the rapid alert (T+2h). There the Presidency stands down at T+5h (a
   * mistake EXCON voids) and escalates at T+6h, with a rationale; it never adopts.
   */
  async function branchAndOrigin() {
    const { h: origin, afterAlert } = await quickRun();
    const store = new MemoryEventStore('mini-branch');
    await store.append(
      branchLog(
        origin.engine.events.slice(0, afterAlert),
        { name: 'Mini' },
        {
          exerciseId: 'mini-branch',
          name: 'Mini — what if the Presidency waits',
          wallMs: Date.UTC(2019, 5, 10),
          actor: CONTROLLER,
        },
      ),
    );
    const engine = await ExerciseEngine.open(store);
    const send = sender(engine);
    await send('exercise/resume', {});
    await send('exercise/jump-to', { scenarioMs: 5 * HOUR });
    await send('decision/take', take('crisis', 'STAND_DOWN'), 'presidency');
    const standDown = engine.events.filter((event) => isEvent(event, 'decision.taken')).at(-1)!;
    await send('decision/void', { decisionId: standDown.payload.decisionId, reason: 'wrong button' });
    await send('exercise/jump-to', { scenarioMs: 6 * HOUR });
    await send(
      'decision/take',
      { ...take('crisis', 'ESCALATE', { reason: 'spread' }), rationale: 'waited for the assessment' },
      'presidency',
    );
    await send('exercise/jump-to', { scenarioMs: 13 * HOUR });
    return {
      branch: ExerciseReadModels.of(engine.events, engine.content),
      origin: ExerciseReadModels.of(origin.engine.events, origin.engine.content),
      afterAlert,
    };
  }

  it('finds the branch point, whichever run is given first', async () => {
    const { branch, origin, afterAlert } = await branchAndOrigin();
    const point = { seq: afterAlert, scenarioMs: 2 * HOUR };
    expect(compareRuns(branch, origin).branchPoint).toEqual(point);
    expect(compareRuns(origin, branch).branchPoint).toEqual(point);
    expect(compareRuns(branch, origin).a).toMatchObject({
      exerciseId: 'mini-branch',
      name: 'Mini — what if the Presidency waits',
      branch: { originExerciseId: 'mini-1', originName: 'Mini', atSeq: afterAlert, atScenarioMs: 2 * HOUR },
    });
    expect(compareRuns(branch, origin).b.branch).toBeNull();
  });

  it('marks the figures settled before the branch point in both runs, and only those', async () => {
    const { branch, origin } = await branchAndOrigin();
    const comparison = compareRuns(branch, origin);
    // T_notify ended at the rapid alert, in the shared part; T_decide ended at T+6h in the branch, T+3h in the
    // origin, both after it (T+2h→T+6h against T+2h→T+3h); T_activate only in the origin.
    expect(
      comparison.figures
        .filter((item) => item.beforeBranch)
        .map((item) => [item.key, item.a, item.b, item.verdict]),
    ).toEqual([
      ['stage:all:notify', 2 * HOUR, 2 * HOUR, 'same'],
      ['stage:crisis:notify', 2 * HOUR, 2 * HOUR, 'same'],
    ]);
    expect(comparison.figures.find((item) => item.key === 'stage:all:decide')).toMatchObject({
      a: 4 * HOUR,
      b: 1 * HOUR,
      difference: 3 * HOUR,
      verdict: 'worse',
      beforeBranch: false,
    });
    expect(comparison.figures.find((item) => item.key === 'window:crisis:sharing-to-full')).toMatchObject({
      a: 4 * HOUR,
      b: 1 * HOUR,
      verdict: 'worse',
      beforeBranch: false,
    });
    // ms-c's acknowledgement (T+1h) is in the shared part too, but only spans carry the mark.
    expect(comparison.figures.find((item) => item.key === 'ack:ms-c:median')).toMatchObject({
      verdict: 'same',
      beforeBranch: false,
    });
  });

  it('counts a figure as before the branch only when it ended there in both runs', async () => {
    // The branch voids the rapid alert it inherited and alerts again at T+3h: its T_notify (T+0→T+3h) now
    // ends after the branch point, while the origin's (T+0→T+2h) ended before it.
    const { h: origin, afterAlert } = await quickRun();
    const alert = origin.eventsOf('decision.taken')[0]!;
    const events = branchLog(
      origin.engine.events.slice(0, afterAlert),
      { name: 'Mini' },
      {
        exerciseId: 'mini-redo',
        name: 'Mini — alert again',
        wallMs: Date.UTC(2019, 5, 10),
        actor: CONTROLLER,
      },
    );
    const store = new MemoryEventStore('mini-redo');
    await store.append(events);
    const engine = await ExerciseEngine.open(store);
    const send = sender(engine);
    await send('exercise/resume', {});
    await send('decision/void', { decisionId: alert.payload.decisionId, reason: 'sent too soon' });
    await send('exercise/jump-to', { scenarioMs: 3 * HOUR });
    await send('decision/take', take('crisis', 'RAPID_ALERT'), 'ms-a');
    const [branch, played] = [
      ExerciseReadModels.of(engine.events, engine.content),
      ExerciseReadModels.of(origin.engine.events, origin.engine.content),
    ];
    for (const [a, b, expected] of [
      [branch, played, { a: 3 * HOUR, b: 2 * HOUR, verdict: 'worse' }],
      [played, branch, { a: 2 * HOUR, b: 3 * HOUR, verdict: 'better' }],
    ] as const) {
      const notify = compareRuns(a, b).figures.find((item) => item.key === 'stage:all:notify');
      expect(notify).toMatchObject({ ...expected, beforeBranch: false });
    }
  });

  it('lists the decisions each run took after the branch point', async () => {
    const { branch, origin } = await branchAndOrigin();
    const { decisionsAfterBranch } = compareRuns(branch, origin);
    const brief = (decisions: NonNullable<typeof decisionsAfterBranch>['a']) =>
      decisions.map((decision) => [
        decision.scenarioMs,
        decision.role,
        decision.machine,
        decision.instance,
        decision.event,
        decision.rationale,
        decision.voided,
      ]);
    expect(brief(decisionsAfterBranch!.a)).toEqual([
      [5 * HOUR, 'presidency', 'crisis', null, 'STAND_DOWN', null, true],
      [6 * HOUR, 'presidency', 'crisis', null, 'ESCALATE', 'waited for the assessment', false],
    ]);
    expect(brief(decisionsAfterBranch!.b)).toEqual([
      [3 * HOUR, 'presidency', 'crisis', null, 'ESCALATE', null, false],
      [5 * HOUR, 'presidency', 'crisis', null, 'ADOPT', null, false],
    ]);
    const { branchPoint } = compareRuns(branch, origin);
    for (const decision of [...decisionsAfterBranch!.a, ...decisionsAfterBranch!.b])
      expect(decision.seq).toBeGreaterThan(branchPoint!.seq);
    expect(decisionsAfterBranch!.a.map((decision) => decision.decisionId)).toEqual(
      [...branch.history.decisions()].slice(-2).map((decision) => decision.decisionId),
    );
  });
});

/** A run of random commands of the mini scenario: some refused, which leaves the log as it was. */
const COMMANDS = [
  (h: Harness) => h.send('inject/acknowledge', { injectId: 'INJ-1' }, 'ms-c'),
  (h: Harness) => h.send('inject/acknowledge', { injectId: 'INJ-1' }, 'ms-a'),
  (h: Harness) => h.send('decision/take', take('crisis', 'RAPID_ALERT'), 'ms-a'),
  (h: Harness) => h.send('decision/take', take('crisis', 'CONSULT'), 'ms-c'),
  (h: Harness) => h.send('decision/take', take('crisis', 'ACTIVATE'), 'presidency'),
  (h: Harness) => h.send('decision/take', take('crisis', 'ESCALATE', { reason: 'r' }), 'presidency'),
  (h: Harness) => h.send('decision/take', take('crisis', 'ADOPT'), 'presidency'),
  (h: Harness) => h.send('decision/take', take('crisis', 'STAND_DOWN'), 'presidency'),
  (h: Harness) =>
    h.send(
      'decision/take',
      { ...take('solidarity', 'INVOKE', { overwhelmed: true }), instance: 'arland' },
      'ms-a',
    ),
  (h: Harness) =>
    h.send('message/send', { to: ['nac'], marking: 'REL-EU-NATO', subject: 's', body: 'b' }, 'presidency'),
  (h: Harness) =>
    h.send('message/send', { to: ['presidency'], marking: 'NATO-ONLY', subject: 's', body: 'b' }, 'nac'),
  (h: Harness) => h.send('expected-action/mark', { injectId: 'INJ-1', actionId: 'EA-2', met: false }),
];
const plays = fc.array(
  fc.tuple(fc.integer({ min: 0, max: COMMANDS.length - 1 }), fc.integer({ min: 0, max: 20 })),
  { maxLength: 10 },
);

async function played(steps: readonly [number, number][]): Promise<ExerciseReadModels> {
  const h = await Harness.create();
  await h.startAtMaxSpeed();
  let now = 0;
  for (const [command, hours] of steps) {
    now += hours * HOUR;
    await h.jumpTo(now);
    await COMMANDS[command]!(h);
  }
  return ExerciseReadModels.of(h.engine.events, h.engine.content);
}

const SWAPPED: Record<FigureVerdict, FigureVerdict> = {
  same: 'same',
  better: 'worse',
  worse: 'better',
  changed: 'changed',
  'only-a': 'only-b',
  'only-b': 'only-a',
};

describe('compareRuns on random runs', () => {
  it('finds a run the same as itself in every figure', async () => {
    await fc.assert(
      fc.asyncProperty(plays, async (steps) => {
        const run = await played(steps);
        const comparison = compareRuns(run, run);
        expect(comparison.differing).toBe(0);
        for (const item of comparison.figures) {
          expect(item.verdict).toBe('same');
          expect(item.a).toBe(item.b);
          expect(item.difference).toBe(item.a === null ? null : 0);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('reads the other way round when the runs are swapped', async () => {
    await fc.assert(
      fc.asyncProperty(plays, plays, async (stepsA, stepsB) => {
        const [a, b] = [await played(stepsA), await played(stepsB)];
        const forth = compareRuns(a, b);
        const back = compareRuns(b, a);
        expect(back.figures.map((item) => item.key)).toEqual(forth.figures.map((item) => item.key));
        expect(back.differing).toBe(forth.differing);
        forth.figures.forEach((item, index) => {
          const other = back.figures[index]!;
          expect([other.a, other.b]).toEqual([item.b, item.a]);
          expect(other.verdict).toBe(SWAPPED[item.verdict]);
          // Compared with ===: 0 and −0 are the same difference.
          expect(other.difference === null ? null : -other.difference === item.difference).toBe(
            item.difference === null ? null : true,
          );
          expect(other.status).toEqual(item.status && { a: item.status.b, b: item.status.a });
        });
      }),
      { numRuns: 25 },
    );
  });

  it('keys every figure once, in the groups’ order', async () => {
    await fc.assert(
      fc.asyncProperty(plays, plays, async (stepsA, stepsB) => {
        const { figures } = compareRuns(await played(stepsA), await played(stepsB));
        expect(new Set(figures.map((item) => item.key)).size).toBe(figures.length);
        const ranks = figures.map((item) => COMPARED_GROUPS.indexOf(item.group));
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
      }),
      { numRuns: 15 },
    );
  });
});
