// Each rule that changes behaviour by date, driven on the day before it applies and on the day it does: the
// real playbook's machines (as test/playbook-legal-triggers.test.ts drives them) and, for the UCPM lapse
// that issue 17 dated, the whole engine (decisions, scenario-time timers and a jump past 90 days).
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  ExerciseEngine,
  isEvent,
  MemoryEventStore,
  timerEventType,
  type MechanismEvent,
} from '../core/index';
import { bundledPlaybookSources, loadBundledPlaybook } from './bundled-content';
import { exerciseContent } from './fixtures/fixtures';
import { INSTRUMENT_DATES } from './fixtures/instrument-dates';

const playbook = loadBundledPlaybook();
const DAY = 24 * 60 * 60 * 1000;

/** The day before an ISO day. */
function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
}

function fromOf(instrument: RegExp): string {
  const entry = INSTRUMENT_DATES.find((candidate) => instrument.test(candidate.instrument));
  if (!entry?.from) throw new Error(`no dated instrument ${instrument.source}`);
  return entry.from;
}

function actorFor(role: string): MechanismEvent['actor'] {
  const definition = playbook.role(role);
  if (!definition) throw new Error(`no role ${role}`);
  return { role, groups: definition.groups };
}

/** Start a mechanism on a date and send it decisions: `[event, role, payload?]`. */
function play(machine: string, date: string, steps: [string, string, Record<string, unknown>?][]) {
  const actor = createActor(playbook.machine(machine, date), { input: { instance: 'case-1' } }).start();
  for (const [type, role, payload] of steps)
    actor.send({ type, actor: actorFor(role), payload: payload ?? {} });
  return actor;
}

const timersOf = (actor: ReturnType<typeof play>) =>
  Object.values(actor.getSnapshot().getMeta()).flatMap((meta) => (meta as { timers: string[] }).timers);

type ConfigNode = { on?: Record<string, unknown>; states?: Record<string, ConfigNode> };
/** Does any state of the machine built for this date take the event at all (guards aside)? */
function takesAnywhere(machine: string, date: string, event: string): boolean {
  const walk = (node: ConfigNode): boolean =>
    node.on?.[event] !== undefined || Object.values(node.states ?? {}).some(walk);
  return walk(playbook.machine(machine, date).config as ConfigNode);
}

const json = (value: unknown) => JSON.stringify(value);

describe('each dated rule, the day before and the day it applies', () => {
  it.each([
    ['eu-nato-link', /Warsaw/],
    ['cyber-diplomacy', /Cyber Diplomacy Toolbox/],
    ['cyber-blueprint', /Blueprint/],
    ['fdi-screening', /FDI screening/],
  ])('the %s mechanism exists only from its instrument’s date', (id, instrument) => {
    const from = fromOf(instrument);
    const ids = (date: string) => playbook.mechanismsInForce(date).map((document) => document.id);
    expect(ids(dayBefore(from))).not.toContain(id);
    expect(ids(from)).toContain(id);
  });

  it('counter-hybrid support teams can be requested from 11 July 2018', () => {
    const from = fromOf(/counter-hybrid/);
    const request: [string, string][] = [['REQUEST_CHST', 'ms-affected']];
    expect(json(play('eu-nato-link', dayBefore(from), request).getSnapshot().value)).not.toContain(
      'counterHybridSupport',
    );
    expect(json(play('eu-nato-link', from, request).getSnapshot().value)).toContain(
      '"counterHybridSupport":"requested"',
    );
  });

  it.each([
    ['chemicalWeapons', /Chemical-weapons/],
    ['cyberAttacks', /Cyber sanctions/],
    ['russiaDestabilisingActivities', /hybrid-threats sanctions/],
  ])('a listing under the %s regime is taken from the regime’s date', (regime, instrument) => {
    const from = fromOf(instrument);
    const propose: [string, string, Record<string, unknown>][] = [['PROPOSE_LISTING', 'hrvp', { regime }]];
    expect(play('sanctions', dayBefore(from), propose).getSnapshot().value).toBe('proposal');
    expect(json(play('sanctions', from, propose).getSnapshot().value)).toContain('deliberation');
  });

  it('cyber restrictive measures are adopted through the toolbox only from 17 May 2019', () => {
    const from = fromOf(/Cyber sanctions/);
    const toCouncil: [string, string, Record<string, unknown>?][] = [
      ['SHARE_ASSESSMENT', 'eeas-cyber'],
      ['DRAFT_OPTIONS', 'hwp-cyber'],
      ['SUBMIT_TO_PSC', 'hwp-cyber'],
      ['PSC_AGREE', 'psc'],
      ['COUNCIL_ADOPT', 'council-ministers', { measure: 'restrictiveMeasures' }],
    ];
    const owners = (event: string) => playbook.ownersOf('cyber-diplomacy', event);
    for (const [event, role] of toCouncil) expect(owners(event), event).toContain(role);
    expect(play('cyber-diplomacy', dayBefore(from), toCouncil).getSnapshot().value).toEqual({
      deliberation: 'councilDecision',
    });
    expect(play('cyber-diplomacy', from, toCouncil).getSnapshot().value).toBe('implemented');
  });

  it('a Rapid Alert can be issued from 18 March 2019', () => {
    const from = fromOf(/Rapid Alert/);
    const alert: [string, string, Record<string, unknown>?][] = [
      ['NARRATIVE_DETECTED', 'eeas-stratcom'],
      ['RAS_ALERT', 'eeas-stratcom'],
    ];
    expect(play('stratcom', dayBefore(from), alert).getSnapshot().value).toBe('narrativeDetected');
    expect(play('stratcom', from, alert).getSnapshot().value).toBe('rapidAlert');
  });

  it.each([
    ['ucpm', 'RESCEU_DEPLOYMENT_DECIDED', /^rescEU/],
    ['health-security', 'RESCEU_STOCKPILE_REQUESTED', /^rescEU/],
    ['ucpm', 'RENEW', /90-day lapse/],
    ['cyber-blueprint', 'CYCLONE_CONVENED', /CyCLONe/],
    ['cyber-blueprint', 'CYCLONE_IMPACT_ASSESSMENT', /CyCLONe/],
    ['cyber-blueprint', 'NIS2_EARLY_WARNING', /NIS2 incident reporting/],
    ['cyber-blueprint', 'NIS2_INCIDENT_NOTIFICATION', /NIS2 incident reporting/],
    ['cyber-blueprint', 'NIS2_FINAL_REPORT', /NIS2 incident reporting/],
  ])('%s takes %s only from its instrument’s date', (machine, event, instrument) => {
    const from = fromOf(instrument);
    expect(takesAnywhere(machine, dayBefore(from), event)).toBe(false);
    expect(takesAnywhere(machine, from, event)).toBe(true);
  });

  it('NIS notification "without undue delay" is taken up to 17 October 2024 and not after', () => {
    expect(takesAnywhere('cyber-blueprint', '2024-10-17', 'NOTIFY_CSIRT')).toBe(true);
    expect(takesAnywhere('cyber-blueprint', '2024-10-18', 'NOTIFY_CSIRT')).toBe(false);
  });

  it('the NIS2 clocks start on detection from 18 October 2024', () => {
    const from = fromOf(/NIS2 incident reporting/);
    const detect: [string, string, Record<string, unknown>][] = [
      ['INCIDENT_DETECTED', 'ms-affected-operator', { sector: 'energy', summary: 'wiper' }],
    ];
    const before = play('cyber-blueprint', dayBefore(from), detect);
    const after = play('cyber-blueprint', from, detect);
    expect(timersOf(before)).toEqual([]);
    expect(json(before.getSnapshot().value)).not.toContain('reporting');
    expect(timersOf(after)).toEqual(expect.arrayContaining(['nis2EarlyWarning', 'nis2IncidentNotification']));
  });

  it('a UCPM request has a 90-day validity from 21 March 2019 and none before', () => {
    const from = fromOf(/90-day lapse/);
    const request: [string, string, Record<string, unknown>][] = [
      ['REQUEST_ASSISTANCE', 'ms-affected', { assistanceType: 'medical', details: 'x' }],
    ];
    const before = play('ucpm', dayBefore(from), request);
    const after = play('ucpm', from, request);
    expect(timersOf(before)).not.toContain('ucpmRequestLapse');
    expect(timersOf(after)).toContain('ucpmRequestLapse');
    before.send({ type: timerEventType('ucpmRequestLapse') });
    after.send({ type: timerEventType('ucpmRequestLapse') });
    expect(json(before.getSnapshot().value)).toContain('requestReceived');
    expect(after.getSnapshot().value).toBe('lapsed');
  });
});

/** A bundled-playbook exercise on one in-world day, with the roles these rules need. */
async function exerciseOn(date: string) {
  const scenario = [
    'schemaVersion: 1',
    'kind: scenario',
    `id: dates-${date}`,
    'title: A request for assistance',
    'summary: One Member State asks for civil protection assistance and the case is left open.',
    'playbook: { id: eu-hybrid-playbook, version: "2018.1" }',
    `start: { date: "${date}T09:00", timeZone: Europe/Brussels }`,
    'span: 120d',
    'world:',
    '  description: A fictional coast.',
    '  countries:',
    '    - { id: lethia, name: Lethia, memberOf: [eu, nato], role: ms-affected }',
    'roles:',
    '  play: [ms-affected, dg-echo-ercc, nac, excon]',
    'injects:',
    '  - { id: INJ-1, title: Floods, at: T+0, from: excon, to: [ms-affected], channel: phone, marking: PUBLIC, text: The river rises. }',
    '',
  ].join('\n');
  const store = new MemoryEventStore(`dates-${date}`);
  const engine = await ExerciseEngine.create(store, {
    exerciseId: store.exerciseId,
    name: 'dates',
    seed: 1,
    wallMs: Date.UTC(2019, 2, 20, 9, 0),
    content: exerciseContent(bundledPlaybookSources(), { path: 'dates.yaml', text: scenario }),
  });
  let count = 0;
  let wallMs = Date.UTC(2019, 2, 20, 9, 0);
  const send = (type: string, payload: Record<string, unknown>, role = 'excon') => {
    count += 1;
    wallMs += 1000;
    return engine.execute(
      { commandId: `c-${count}`, type, issuedBy: { role, station: 'test' }, payload },
      wallMs,
    );
  };
  await send('exercise/speed', { speed: 'max' });
  await send('exercise/start', {});
  return { engine, send };
}

const take = (machine: string, event: string, fields: Record<string, unknown> = {}) => ({
  machine,
  instance: 'lethia-floods',
  event,
  fields,
});

describe('the UCPM lapse through the engine, either side of 21 March 2019', { timeout: 60_000 }, () => {
  it.each([
    ['2019-03-20', false],
    ['2019-03-21', true],
  ])('on %s the request lapses after 90 scenario days: %s', async (date, lapses) => {
    const { engine, send } = await exerciseOn(date);
    const request = take('ucpm', 'REQUEST_ASSISTANCE', { assistanceType: 'shelter', details: 'Tents' });
    expect(await send('decision/take', request, 'ms-affected')).toMatchObject({ ok: true });
    const scheduled = engine.events.filter(
      (event) => isEvent(event, 'timer.scheduled') && event.payload.delay === 'ucpmRequestLapse',
    );
    expect(scheduled).toHaveLength(lapses ? 1 : 0);

    const renew = await send(
      'decision/take',
      take('ucpm', 'RENEW', { newElements: 'More rain' }),
      'ms-affected',
    );
    if (lapses) expect(renew).toMatchObject({ ok: true });
    else
      expect(renew).toMatchObject({
        ok: false,
        code: 'unknown-target',
        reason: `ucpm has no decision RENEW in force on ${date}`,
      });

    expect(await send('exercise/jump-to', { scenarioMs: 100 * DAY })).toMatchObject({ ok: true });
    const ucpm = Object.values(engine.state.actors).find((actor) => actor.machine === 'ucpm');
    expect(ucpm?.value === 'lapsed').toBe(lapses);
    const fired = engine.events.filter(
      (event) => isEvent(event, 'timer.fired') && event.payload.delay === 'ucpmRequestLapse',
    );
    expect(fired.length > 0).toBe(lapses);
  });

  it('a decision whose instrument is not yet in force is refused with its date (CHST, 10 July 2018)', async () => {
    const { send } = await exerciseOn('2018-07-10');
    expect(
      await send(
        'decision/take',
        { machine: 'eu-nato-link', event: 'REQUEST_CHST', fields: {} },
        'ms-affected',
      ),
    ).toMatchObject({
      ok: false,
      code: 'unknown-target',
      reason: 'eu-nato-link has no decision REQUEST_CHST in force on 2018-07-10',
    });
  });
});
