// summary.md of a small hand-played log of the mini fixture: the lines a reader looks for, worked out by hand.
import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import { natoNotLiveEngine } from '../../test/fixtures/nato-not-live';
import { branchLog, contentOfCreated } from '../engine/index';
import { ExerciseReadModels } from '../read-models/index';
import { decodeJournal, encodeEvents } from '../stores/index';
import { metricsOf } from './compute-metrics';
import { renderSummary } from './metrics-summary';

async function handPlayed(): Promise<Harness> {
  const h = await Harness.create();
  await h.startAtMaxSpeed(); // T+0: INJ-1 delivered to ms-a and ms-c
  await h.send(
    'message/send',
    { to: ['ms-a'], marking: 'NATO-ONLY', subject: 'Allied line', body: 'b' },
    'nac',
  );
  await h.jumpTo(1 * HOUR);
  await h.send('inject/acknowledge', { injectId: 'INJ-1' }, 'ms-c');
  const messageId = h.eventsOf('message.sent')[0]!.payload.messageId;
  await h.send('message/read', { messageId }, 'ms-a');
  await h.jumpTo(2 * HOUR);
  await h.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a'); // meets INJ-1/EA-1
  return h;
}

function summaryOf(h: Harness): string[] {
  const models = ExerciseReadModels.of(h.engine.events, h.engine.content);
  return renderSummary(models, metricsOf(models)).split('\n');
}

describe('renderSummary', () => {
  it('gives the title, the figures at a glance and says the exercise has not ended', async () => {
    const lines = summaryOf(await handPlayed());
    expect(lines[0]).toBe('# Mini scenario');
    expect(lines[2]).toMatch(
      /^Exercise `mini-1` · seed 1 · in-world start 2019-06-03T09:00 Europe\/Brussels · \d+ events over 2h of scenario time \(not ended\)$/,
    );
    expect(lines).toContain(
      '- Expected actions: 1 met of 2 released (hit rate 50 %), 0 missed or marked unmet, 1 open; 0 contingency injects released.',
    );
    expect(lines).toContain('- Playbook windows: 0 met, 0 late or missed, 1 open.');
    expect(lines).toContain(
      '- Consistency flags: 0 voided decisions, 0 conflicting assessments, 0 lagging escalations.',
    );
  });

  it('says where a what-if branch left its origin, and nothing of the kind for an exercise of its own', async () => {
    const h = await handPlayed();
    expect(summaryOf(h).some((line) => line.startsWith('What-if branch'))).toBe(false);
    const atSeq = h.engine.events.length;
    const events = branchLog(
      h.engine.events,
      { name: 'Mini' },
      {
        exerciseId: 'mini-what-if',
        name: 'Mini — alert later',
        wallMs: Date.UTC(2019, 5, 4),
        actor: { role: 'excon', station: 'console', actingAs: null },
      },
    );
    const models = ExerciseReadModels.of(events, h.engine.content);
    const lines = renderSummary(models, metricsOf(models)).split('\n');
    // The origin stood at T+2h (its last jump) after its event `atSeq`.
    expect(lines[4]).toBe(
      `What-if branch "Mini — alert later" of \`mini-1\` ("Mini"), played on from its event ${atSeq} at T+2h: the events before are the origin's.`,
    );
  });

  it('times the stages, and lists every expected action of the scenario, released or not', async () => {
    const lines = summaryOf(await handPlayed());
    // T_notify runs from the first delivery (T+0) to the rapid alert (T+2h); the wall clock moved seconds only.
    expect(lines).toContain('| all mechanisms | — | 2h (wall 0) | — | — | — |');
    expect(lines).toContain('| INJ-1 | EA-1 | ms-a | crisis RAPID_ALERT | 6h | met |');
    expect(lines).toContain('| INJ-1 | EA-2 | ms-a | Brief the press | 12h | open |');
    expect(lines).toContain('| INJ-4 | EA-3 | presidency | crisis ADOPT | 1d | not released |');
  });

  it('gives acknowledgement and reading latencies, the decisions and where each mechanism ended', async () => {
    const lines = summaryOf(await handPlayed());
    expect(lines).toContain('| ms-a | 1 | 0 | — |');
    expect(lines).toContain('| ms-c | 1 | 1 | median 1h, max 1h |');
    expect(lines).toContain('| nato | state-a | NATO-ONLY | 1 | 1 | median 1h, max 1h |');
    expect(lines).toContain('| T+2h | ms-a | crisis | RAPID_ALERT |  |');
    expect(lines).toContain('| crisis | sharing |');
  });

  it('credits an automated role’s decisions and acknowledgements as automated, and counts who took the decisions', async () => {
    const h = await handPlayed();
    await h.jumpTo(3 * HOUR);
    // An automated agent playing the Presidency sends through EXCON from its own station (agent:late).
    await h.send(
      'decision/take',
      { machine: 'crisis', event: 'ESCALATE', fields: { reason: 'spread' } },
      'excon',
      {
        actingAs: 'presidency',
        station: 'agent:late',
      },
    );
    // ms-a's acknowledgement of INJ-1 (delivered at T+0) comes from an automated agent playing ms-a.
    await h.send('inject/acknowledge', { injectId: 'INJ-1' }, 'excon', {
      actingAs: 'ms-a',
      station: 'agent:late',
    });
    const lines = summaryOf(h);
    expect(lines).toContain('| ms-a (automated) | 1 | 1 | median 3h, max 3h |');
    expect(lines).toContain('| ms-c | 1 | 1 | median 1h, max 1h |');
    expect(lines).toContain('| T+3h | presidency (automated, late) | crisis | ESCALATE |  |');
    expect(lines.join('\n')).not.toContain('excon');
    expect(lines).toContain(
      '- Decisions taken: 1 by people at stations, 0 by control acting for a role, 1 by automated roles.',
    );
  });

  it('marks a voided decision, and drops "not ended" once the exercise ended', async () => {
    const h = await handPlayed();
    const decisionId = h.eventsOf('decision.taken')[0]!.payload.decisionId;
    await h.send('decision/void', { decisionId, reason: 'out of turn' });
    await h.send('exercise/end');
    const lines = summaryOf(h);
    expect(lines[2]).not.toContain('not ended');
    expect(lines).toContain('| T+2h | ms-a | crisis | RAPID_ALERT | voided |');
    expect(lines).toContain('| crisis | standby |');
    expect(lines).toContain(
      '- Consistency flags: 1 voided decisions, 0 conflicting assessments, 0 lagging escalations.',
    );
  });
});

describe('the decisions of a body the scenario does not play', () => {
  // test/fixtures/nato-not-live-scenario.yaml: no NATO body is played; the white cell plays the NAC and the
  // NATO liaison. roles.yaml puts both in organisation nato on the NATO side; eu-nato-link.yaml marks
  // SHARE_PRODUCT and STAFF_CONTACT EU–NATO exchanges, and REL-EU-NATO may cross the line.
  async function played() {
    const { engine } = await playedEngine();
    return ExerciseReadModels.of(engine.events, engine.content);
  }

  async function playedEngine() {
    const { engine, send } = await natoNotLiveEngine();
    const take = (event: string, fields: Record<string, string>, actingAs: string) =>
      send('nato-white-cell', 'decision/take', { machine: 'eu-nato-link', event, fields }, actingAs);
    expect(await take('NAC_STATEMENT', { text: 'Allies stand together.' }, 'nac')).toMatchObject({
      ok: true,
    });
    const product = { marking: 'REL-EU-NATO', title: 'NATO assessment' };
    expect(await take('SHARE_PRODUCT', product, 'nato-liaison')).toMatchObject({ ok: true });
    // Control acting as a role in play (an automated team does this) is that role's, credited to nobody.
    const contact = { machine: 'eu-nato-link', event: 'STAFF_CONTACT', fields: {} };
    expect(await send('excon', 'decision/take', contact, 'eu-liaison-nato')).toMatchObject({ ok: true });
    return { engine };
  }

  it('read back from a journal (checked line by line, as `report` reads one), give the same figures', async () => {
    const { engine } = await playedEngine();
    const models = ExerciseReadModels.of(engine.events, engine.content);
    const journal = decodeJournal(encodeEvents(engine.events), { trusted: false });
    const again = ExerciseReadModels.of(journal.events, contentOfCreated(journal.events[0]!));
    expect(metricsOf(again)).toEqual(metricsOf(models));
    expect(renderSummary(again, metricsOf(again))).toBe(renderSummary(models, metricsOf(models)));
  });

  it('count as the body’s, its organisation’s and its side’s, played by the control role', async () => {
    const models = await played();
    const decisions = [...models.history.decisions()];
    expect(decisions.map(({ role, playedBy }) => ({ role, playedBy }))).toEqual([
      { role: 'nac', playedBy: 'nato-white-cell' },
      { role: 'nato-liaison', playedBy: 'nato-white-cell' },
      { role: 'eu-liaison-nato', playedBy: 'excon' },
    ]);
    expect(decisions.map((decision) => models.parties.organisationOf(decision.role))).toEqual([
      'nato',
      'nato',
      'eeas',
    ]);
    // Two link products crossed the line: the NATO liaison's (from NATO) and the EU liaison's staff contact.
    const { euNato, edges } = metricsOf(models).exchange;
    expect(euNato).toMatchObject({ products: 2, exchanges: 2, blocked: 0 });
    expect(edges.filter((edge) => edge.fromOrg === 'nato').map((edge) => edge.euNato)).toEqual([true]);
  });

  it('are credited in the summary to the control role that played the body', async () => {
    const models = await played();
    const lines = renderSummary(models, metricsOf(models)).split('\n');
    expect(lines).toContain('| T+0 | nac (played by nato-white-cell) | eu-nato-link | NAC_STATEMENT |  |');
    expect(lines).toContain(
      '| T+0 | nato-liaison (played by nato-white-cell) | eu-nato-link | SHARE_PRODUCT |  |',
    );
    expect(lines).toContain('| T+0 | eu-liaison-nato | eu-nato-link | STAFF_CONTACT |  |');
  });
});
