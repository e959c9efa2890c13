// The Council's IPCR arrangements, driven through the engine as the roles would take the decisions. The
// expected outcomes are written out by hand from the sources the mechanism cites (Council Implementing
// Decision (EU) 2018/1993 and its EUR-Lex summary; Decision 2014/415/EU Art. 5(2); domain research §1.3 and
// §6.2): activation and deactivation are the Presidency's prerogative; the GSC, the Commission and the EEAS
// may jointly activate information sharing, in consultation with the Presidency; ISAA reports are the
// Commission's and the EEAS's; an Art. 222 invocation triggers full activation, which stands until the
// response under the clause is phased out.
import { beforeEach, describe, expect, it } from 'vitest';
import { outcome, PlaybookRules, type RuleDecision } from '../fixtures/playbook-rules-harness';

const DATE = '2019-11-04';
const NOT_CONSULTED =
  'not-now: ipcr refuses SERVICES_ACTIVATE_INFO_SHARING: the services activate information sharing only in ' +
  'consultation with the Presidency, which has not been consulted';
const ALREADY_CONCURRED =
  'not-allowed: ipcr refuses SERVICES_ACTIVATE_INFO_SHARING: this service has already concurred; the GSC, ' +
  'the Commission and the EEAS activate jointly';

function ipcr(event: string, fields: Record<string, unknown> = {}): RuleDecision {
  return { machine: 'ipcr', event, fields };
}

describe('IPCR: who activates, and how', () => {
  let rules: PlaybookRules;
  const decide = async (role: string, decision: RuleDecision) => outcome(await rules.decide(role, decision));

  beforeEach(async () => {
    rules = await PlaybookRules.create(DATE);
  });

  it('leaves activation, escalation and deactivation to the Presidency', async () => {
    for (const role of ['gsc-ipcr', 'commission-secgen', 'eeas-dsg-crisis', 'ms-affected']) {
      expect(await decide(role, ipcr('PRESIDENCY_ACTIVATE_FULL'))).toBe(
        `not-allowed: ${role} does not own ipcr PRESIDENCY_ACTIVATE_FULL`,
      );
    }
    expect(await decide('presidency', ipcr('PRESIDENCY_ACTIVATE_INFO_SHARING'))).toBe('accepted');
    expect(await decide('gsc-ipcr', ipcr('PRESIDENCY_DEACTIVATE'))).toBe(
      'not-allowed: gsc-ipcr does not own ipcr PRESIDENCY_DEACTIVATE',
    );
    expect(await decide('presidency', ipcr('PRESIDENCY_ACTIVATE_FULL'))).toBe('accepted');
    expect(await decide('presidency', ipcr('ROUNDTABLE_HELD'))).toBe('accepted');
    expect(await decide('presidency', ipcr('PRESIDENCY_DEESCALATE'))).toBe('accepted');
    expect(await decide('presidency', ipcr('PRESIDENCY_DEACTIVATE'))).toBe('accepted');
    expect(rules.stateOf('ipcr')).toBe('monitoring');
  });

  it('activates information sharing by the services only when all three concur, after consulting the Presidency', async () => {
    expect(await decide('gsc-ipcr', ipcr('SERVICES_ACTIVATE_INFO_SHARING'))).toBe(NOT_CONSULTED);
    expect(await decide('presidency', ipcr('SERVICES_ACTIVATE_INFO_SHARING'))).toBe(
      'not-allowed: presidency does not own ipcr SERVICES_ACTIVATE_INFO_SHARING',
    );
    await rules.must('gsc-ipcr', ipcr('PRESIDENCY_CONSULTED'));
    expect(await decide('gsc-ipcr', ipcr('SERVICES_ACTIVATE_INFO_SHARING'))).toBe('accepted');
    expect(rules.stateOf('ipcr')).toBe('standby');
    expect(await decide('gsc-ipcr', ipcr('SERVICES_ACTIVATE_INFO_SHARING'))).toBe(ALREADY_CONCURRED);
    expect(await decide('commission-secgen', ipcr('SERVICES_ACTIVATE_INFO_SHARING'))).toBe('accepted');
    expect(rules.stateOf('ipcr')).toBe('standby');
    expect(rules.contextOf('ipcr')?.actorSets?.servicesConcurred).toEqual(['gsc-ipcr', 'commission-secgen']);
    expect(await decide('eeas-dsg-crisis', ipcr('SERVICES_ACTIVATE_INFO_SHARING'))).toBe('accepted');
    expect(rules.stateOf('ipcr')).toBe('informationSharing');
    // The activation used up the consultation and the concurrences.
    expect(rules.contextOf('ipcr')?.flags.presidencyConsulted).toBe(false);
    expect(rules.contextOf('ipcr')?.actorSets?.servicesConcurred).toEqual([]);
  });

  it('needs a new consultation for a new activation by the services', async () => {
    await rules.must('eeas-dsg-crisis', ipcr('PRESIDENCY_CONSULTED'));
    for (const service of ['gsc-ipcr', 'commission-secgen', 'eeas-dsg-crisis'])
      await rules.must(service, ipcr('SERVICES_ACTIVATE_INFO_SHARING'));
    await rules.must('presidency', ipcr('PRESIDENCY_DEACTIVATE'));
    expect(rules.stateOf('ipcr')).toBe('monitoring');
    expect(await decide('gsc-ipcr', ipcr('SERVICES_ACTIVATE_INFO_SHARING'))).toBe(NOT_CONSULTED);
    await rules.must('gsc-ipcr', ipcr('PRESIDENCY_CONSULTED'));
    expect(await decide('gsc-ipcr', ipcr('SERVICES_ACTIVATE_INFO_SHARING'))).toBe('accepted');
  });

  it('drops concurrences when the Presidency activates itself', async () => {
    await rules.must('gsc-ipcr', ipcr('PRESIDENCY_CONSULTED'));
    await rules.must('gsc-ipcr', ipcr('SERVICES_ACTIVATE_INFO_SHARING'));
    await rules.must('presidency', ipcr('PRESIDENCY_ACTIVATE_FULL'));
    expect(rules.contextOf('ipcr')?.actorSets?.servicesConcurred).toEqual([]);
    expect(rules.contextOf('ipcr')?.counters.servicesConcurring).toBe(0);
  });

  it('takes ISAA reports from the Commission and the EEAS, not the GSC, once a mode is active', async () => {
    const isaa = ipcr('ISAA_PUBLISHED', { summary: 'Grid outages in two states' });
    expect(await decide('commission-secgen', isaa)).toMatch(
      /^not-now: ipcr does not accept ISAA_PUBLISHED in /,
    );
    await rules.must('presidency', ipcr('PRESIDENCY_ACTIVATE_INFO_SHARING'));
    expect(await decide('gsc-ipcr', isaa)).toBe('not-allowed: gsc-ipcr does not own ipcr ISAA_PUBLISHED');
    expect(await decide('commission-secgen', isaa)).toBe('accepted');
    expect(await decide('eeas-dsg-crisis', isaa)).toBe('accepted');
    expect(rules.contextOf('ipcr')?.counters.isaaReports).toBe(2);
  });
});

describe('IPCR and the solidarity clause', () => {
  it('goes to full activation on an Art. 222 invocation and stays there until the response is phased out', async () => {
    const rules = await PlaybookRules.create(DATE);
    const decide = async (role: string, decision: RuleDecision) =>
      outcome(await rules.decide(role, decision));
    await rules.must('ms-affected', {
      machine: 'solidarity-clause',
      event: 'INVOKE_SOLIDARITY_CLAUSE',
      fields: { scope: 'terrorist-attack', capacitiesOverwhelmed: true, assistanceNeeded: 'Decontamination' },
    });
    expect(rules.stateOf('ipcr')).toBe('fullActivation');
    expect(await decide('presidency', ipcr('PRESIDENCY_DEESCALATE'))).toBe(
      'not-now: ipcr refuses PRESIDENCY_DEESCALATE: the solidarity clause stands: full activation, which its ' +
        'invocation triggered, is wound down only once the response is phased out (Decision 2014/415/EU Art. 5(2))',
    );
    await rules.must('presidency', {
      machine: 'solidarity-clause',
      event: 'SOLIDARITY_RESPONSE_PHASED_OUT',
      fields: { reason: 'assistance-no-longer-needed' },
    });
    expect(rules.stateOf('ipcr')).toBe('deescalating');
  });
});
