// The legal triggers of the issue, exercised on the real playbook's machines (not on fixtures).
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  DELAY_MS,
  enteredStates,
  routesFired,
  timerEventType,
  type MechanismEvent,
  type Playbook,
} from '../core/index';
import { loadBundledPlaybook } from './bundled-content';

const playbook: Playbook = loadBundledPlaybook();
const DATE = '2019-11-04';
const DAY = 24 * 60 * 60 * 1000;

function actorFor(role: string): MechanismEvent['actor'] {
  const definition = playbook.role(role);
  if (!definition) throw new Error(`no role ${role}`);
  return { role, groups: definition.groups };
}

function start(machine: string, date = DATE, instance: string | null = null) {
  return createActor(playbook.machine(machine, date), { input: { instance } }).start();
}

describe('legal triggers in the playbook', () => {
  it('Art. 222 invocation forces IPCR full activation, through a route', () => {
    const solidarity = start('solidarity-clause');
    const ipcr = start('ipcr');
    const before = solidarity.getSnapshot().value;
    const event = 'INVOKE_SOLIDARITY_CLAUSE';
    solidarity.send({
      type: event,
      actor: actorFor('ms-affected'),
      payload: {
        scope: 'terrorist-attack',
        capacitiesOverwhelmed: true,
        assistanceNeeded: 'decontamination',
      },
    });
    const step = { event, entered: enteredStates(before, solidarity.getSnapshot().value) };
    const fired = routesFired(playbook.mechanisms.get('solidarity-clause')!, step, DATE);
    const toIpcr = fired.filter((route) => route.send.machine === 'ipcr');
    expect(toIpcr).toHaveLength(1);
    expect(ipcr.getSnapshot().value).toBe('standby');
    ipcr.send({ type: toIpcr[0]!.send.event });
    expect(ipcr.getSnapshot().value).toBe('fullActivation');
    ipcr.send({ type: 'PRESIDENCY_DEESCALATE', actor: actorFor('presidency') });
    expect(ipcr.getSnapshot().value, 'no de-escalation while the clause stands').toBe('fullActivation');
  });

  it('Art. 222 cannot be invoked by a Member State whose capacities are not overwhelmed', () => {
    const solidarity = start('solidarity-clause');
    solidarity.send({
      type: 'INVOKE_SOLIDARITY_CLAUSE',
      actor: actorFor('ms-affected'),
      payload: { scope: 'terrorist-attack', capacitiesOverwhelmed: false, assistanceNeeded: 'x' },
    });
    expect(solidarity.getSnapshot().value).toBe('notInvoked');
    const invokers = playbook.ownersOf('solidarity-clause', 'INVOKE_SOLIDARITY_CLAUSE');
    expect(invokers).toContain('ms-affected');
    // Member-State governments only: not their health, cyber or intelligence agencies, nor EU bodies.
    for (const owner of invokers) expect(playbook.role(owner)?.groups).toContain('member-state');
    expect(invokers).not.toContain('ms-affected-health');
  });

  it("the services' joint information-sharing activation needs the Presidency consulted", () => {
    const ipcr = start('ipcr');
    ipcr.send({ type: 'SERVICES_ACTIVATE_INFO_SHARING', actor: actorFor('gsc-ipcr') });
    expect(ipcr.getSnapshot().context.counters.servicesConcurring).toBe(0);
    ipcr.send({ type: 'PRESIDENCY_CONSULTED', actor: actorFor('gsc-ipcr') });
    // The GSC, the Commission and the EEAS decide jointly: the mode is active when the third concurs.
    ipcr.send({ type: 'SERVICES_ACTIVATE_INFO_SHARING', actor: actorFor('gsc-ipcr') });
    ipcr.send({ type: 'SERVICES_ACTIVATE_INFO_SHARING', actor: actorFor('commission-secgen') });
    expect(ipcr.getSnapshot().value).toBe('standby');
    ipcr.send({ type: 'SERVICES_ACTIVATE_INFO_SHARING', actor: actorFor('eeas-dsg-crisis') });
    expect(ipcr.getSnapshot().value).toBe('informationSharing');
  });

  it('restrictive measures need unanimity: any Member State can block', () => {
    const sanctions = start('sanctions', DATE, 'listing-1');
    sanctions.send({
      type: 'PROPOSE_LISTING',
      actor: actorFor('hrvp'),
      payload: { regime: 'chemicalWeapons' },
    });
    sanctions.send({ type: 'RELEX_AGREE', actor: actorFor('relex-wp') });
    sanctions.send({ type: 'COREPER_PSC_AGREE', actor: actorFor('psc') });
    sanctions.send({ type: 'MEMBER_STATE_BLOCKS', actor: actorFor('ms-c'), payload: { reason: 'evidence' } });
    expect(sanctions.getSnapshot().context.actorSets).toEqual({ objectors: ['ms-c'] });
    sanctions.send({ type: 'COUNCIL_ADOPT', actor: actorFor('council-ministers') });
    expect(sanctions.getSnapshot().value, 'not adopted while the block stands').toEqual({
      deliberation: 'councilUnanimity',
    });
    expect(playbook.ownersOf('sanctions', 'MEMBER_STATE_BLOCKS')).toEqual(
      playbook.roles.filter((role) => role.groups.includes('member-state')).map((role) => role.id),
    );
  });

  it('the chemical-weapons regime takes no proposal before 15 October 2018', () => {
    const early = start('sanctions', '2018-06-01', 'listing-1');
    early.send({ type: 'PROPOSE_LISTING', actor: actorFor('hrvp'), payload: { regime: 'chemicalWeapons' } });
    expect(early.getSnapshot().value).toBe('proposal');
  });

  it('attribution is taken only by a state: a Member State or an Ally (the US led WannaCry)', () => {
    const owners = playbook.ownersOf('attribution', 'POLITICAL_ATTRIBUTION');
    expect(owners).toContain('ms-affected');
    expect(owners).toContain('partner-state');
    for (const owner of owners) {
      const groups = playbook.role(owner)?.groups ?? [];
      expect(groups.includes('member-state') || groups.includes('nato-ally'), owner).toBe(true);
    }
    for (const institution of ['hrvp', 'euco', 'intcen-fusion-cell', 'nac'])
      expect(owners).not.toContain(institution);
  });

  it('Art. 42(7) has no EU-institution step and no link to IPCR', () => {
    const mutual = playbook.mechanisms.get('mutual-assistance')!;
    expect(mutual.routes.some((route) => route.send.machine === 'ipcr')).toBe(false);
    const stepsOwners = Object.entries(mutual.events)
      .filter(([name]) => name !== 'POLITICAL_SUPPORT_EXPRESSED')
      .flatMap(([name]) => playbook.ownersOf('mutual-assistance', name));
    for (const owner of stepsOwners) expect(playbook.role(owner)?.groups).toContain('member-state');
  });

  it('a UCPM request lapses after 90 scenario days unless renewed', () => {
    expect(DELAY_MS.ucpmRequestLapse).toBe(90 * DAY);
    const ucpm = start('ucpm', DATE, 'request-1');
    ucpm.send({
      type: 'REQUEST_ASSISTANCE',
      actor: actorFor('ms-affected'),
      payload: { assistance: 'decontamination', details: 'x' },
    });
    const timers = Object.values(ucpm.getSnapshot().getMeta()).flatMap(
      (meta) => (meta as { timers: string[] }).timers,
    );
    expect(timers).toContain('ucpmRequestLapse');
    ucpm.send({ type: 'RENEW', actor: actorFor('ms-affected') });
    expect(JSON.stringify(ucpm.getSnapshot().value)).toContain('renewed');
    ucpm.send({ type: timerEventType('ucpmRequestLapse') });
    expect(ucpm.getSnapshot().value).toBe('lapsed');
  });

  it('the Rapid Alert System exists only from 18 March 2019', () => {
    const in2018 = start('stratcom', '2018-11-01');
    const in2019 = start('stratcom', DATE);
    expect(playbook.mechanisms.get('stratcom')!.events.RAS_ALERT?.inForce?.from).toBe('2019-03-18');
    for (const actor of [in2018, in2019])
      actor.send({
        type: 'NARRATIVE_DETECTED',
        actor: actorFor('eeas-stratcom'),
        payload: { narrative: 'x', disarm: 'TA14' },
      });
    expect(in2018.getSnapshot().can({ type: 'RAS_ALERT', actor: actorFor('eeas-stratcom') })).toBe(false);
    expect(in2019.getSnapshot().can({ type: 'RAS_ALERT', actor: actorFor('eeas-stratcom') })).toBe(true);
  });

  it('NIS2 reporting clocks run only from 18 October 2024', () => {
    const timersAfterDetection = (date: string) => {
      const blueprint = start('cyber-blueprint', date, 'incident-1');
      blueprint.send({
        type: 'INCIDENT_DETECTED',
        actor: actorFor('ms-affected-operator'),
        payload: { sector: 'energy', description: 'wiper' },
      });
      return Object.values(blueprint.getSnapshot().getMeta()).flatMap(
        (meta) => (meta as { timers: string[] }).timers,
      );
    };
    expect(timersAfterDetection('2019-11-04')).not.toContain('nis2EarlyWarning');
    expect(timersAfterDetection('2025-01-10')).toContain('nis2EarlyWarning');
  });
});
