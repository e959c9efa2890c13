// The Playbook phase orchestrator, driven through the engine as the roles would act. The Playbook creates no
// decision body of its own and routes a case into existing structures (SWD(2016) 227 as summarised in
// domain research §1.1; phases per §1.2 and §6.2 row 19): nobody decides a phase, the mechanisms' own steps
// move it. Written out by hand: which step moves which phase.
import { describe, expect, it } from 'vitest';
import { outcome, PlaybookRules } from '../fixtures/playbook-rules-harness';

const DATE = '2019-11-04';

describe('playbook phases: computed from the mechanisms, never decided', () => {
  it('refuses a phase change from any role, the Presidency included', async () => {
    const rules = await PlaybookRules.create(DATE);
    for (const role of ['presidency', 'hrvp', 'ms-affected']) {
      expect(outcome(await rules.decide(role, { machine: 'playbook-phases', event: 'DECISION_TAKEN' }))).toBe(
        `not-allowed: ${role} does not own playbook-phases DECISION_TAKEN`,
      );
    }
  });

  it('follows a cyber case from its first indicator to the political decision and recovery', async () => {
    const rules = await PlaybookRules.create(DATE);
    const incident = (event: string, fields: Record<string, unknown> = {}) => ({
      machine: 'cyber-blueprint',
      event,
      instance: 'inc-1',
      fields,
    });
    await rules.must(
      'ms-affected-operator',
      incident('INCIDENT_DETECTED', { sector: 'energy', summary: 'Wiper' }),
    );
    expect(rules.stateOf('playbook-phases')).toBe('awareness');
    await rules.must('ms-affected-operator', incident('NOTIFY_CSIRT'));
    await rules.must('ms-affected-csirt', incident('CSIRT_INFORMS_NETWORK'));
    await rules.must('dg-cnect', incident('OPERATIONAL_REPORT', { summary: 'Two grids down' }));
    expect(rules.stateOf('playbook-phases')).toBe('assessment');
    await rules.must('ms-b', incident('MEMBER_STATE_AFFECTED'));
    await rules.must('presidency', incident('ESCALATE_POLITICAL', { forum: 'ipcr' }));
    expect(rules.stateOf('playbook-phases')).toBe('decision');
    await rules.must('ms-affected', incident('INCIDENT_CLOSED'));
    expect(rules.stateOf('playbook-phases')).toBe('recovery');
    expect(rules.contextOf('playbook-phases')?.counters).toEqual({ waves: 1, phaseSkips: 1 });
  });
});
