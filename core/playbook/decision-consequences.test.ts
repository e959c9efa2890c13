import { describe, expect, it } from 'vitest';
import { loadBundledPlaybook } from '../../test/bundled-content';
import { loadMiniPlaybook } from '../../test/fixtures/fixtures';
import { decisionConsequences, stateName } from './decision-consequences';

const playbook = loadBundledPlaybook();

describe('decision consequences', () => {
  it('names the forced IPCR full activation when Art. 222 is invoked', () => {
    const result = decisionConsequences(playbook, 'solidarity-clause', 'INVOKE_SOLIDARITY_CLAUSE', [
      'notInvoked',
    ]);
    expect(result.description).toMatch(/only if it considers its response capacities overwhelmed/);
    const ipcr = result.items.find(
      (item) => item.kind === 'route' && item.states.some((state) => state.path === 'fullActivation'),
    );
    expect(ipcr).toMatchObject({
      kind: 'route',
      machineTitle: expect.stringContaining('IPCR'),
      eventTitle: 'Solidarity clause invoked (automatic full activation)',
    });
    expect(result.consequences.some((text) => /IPCR/.test(text) && /full activation/.test(text))).toBe(true);
    expect(result.consequences).toContainEqual(
      expect.stringMatching(
        /moves to "invoked" \(if Nature of the crisis: not outside-scope; National response capacities overwhelmed: true\)/,
      ),
    );
    expect(result.consequences).toContainEqual(
      expect.stringMatching(/expected window "Invocation to transmission by the ERCC" \(1h\)/),
    );
  });

  it('names the outcome that keeps the mechanism where it is', () => {
    const result = decisionConsequences(playbook, 'mutual-assistance', 'POLITICAL_SUPPORT_EXPRESSED', [
      'invoked',
      'invoked.awaitingOffers',
    ]);
    expect(result.items.filter((item) => item.kind === 'stays')).toHaveLength(1);
  });

  it('offers no outcome for an invalid invocation: it is refused, not kept', () => {
    const result = decisionConsequences(playbook, 'solidarity-clause', 'INVOKE_SOLIDARITY_CLAUSE', [
      'notInvoked',
    ]);
    expect(result.items.filter((item) => item.kind === 'stays')).toHaveLength(0);
  });

  it('falls back to the title, and names the timers of the states entered', () => {
    const mini = loadMiniPlaybook();
    const result = decisionConsequences(mini, 'solidarity', 'INVOKE', []);
    expect(result.description).toBe('Invoke solidarity');
    expect(result.items).toContainEqual({
      kind: 'timer',
      state: 'invoked',
      timer: 'ucpm request lapse',
      duration: '90d',
      then: 'lapsed',
    });
    expect(result.items.some((item) => item.kind === 'route')).toBe(true);
  });

  it('finds nothing to say about an event the current state does not take', () => {
    const result = decisionConsequences(playbook, 'solidarity-clause', 'INVOKE_SOLIDARITY_CLAUSE', [
      'invoked',
    ]);
    expect(result.consequences).toEqual([]);
  });

  it('enters every region of a parallel state', () => {
    const mini = loadMiniPlaybook();
    const result = decisionConsequences(mini, 'crisis', 'ESCALATE', ['sharing']);
    expect(result.items[0]).toMatchObject({ kind: 'enters', state: { path: 'full' } });
    expect(result.description).toBe('Escalate to full');
  });

  it('describes every decision of the bundled playbook in every state that takes it', () => {
    for (const document of playbook.mechanisms.values()) {
      const states = Object.keys(document.states);
      for (const [name, event] of Object.entries(document.events)) {
        if (event.origin !== 'decision') continue;
        for (const state of states) {
          const result = decisionConsequences(playbook, document.id, name, [state]);
          expect(result.description.length).toBeGreaterThan(0);
          expect(result.consequences).toHaveLength(result.items.length);
        }
      }
    }
  });

  it('words state names plainly', () => {
    expect(stateName('activated.crisisCell')).toBe('activated › crisis cell');
  });
});

describe('decision consequences: who acts, as conditions', () => {
  it('words the NAC’s consensus and the Art. 42(7) invoker as conditions a reader can check', () => {
    const statement = decisionConsequences(playbook, 'eu-nato-link', 'NAC_STATEMENT', [
      'link',
      'link.natoSide',
      'link.natoSide.council',
      'link.natoSide.council.monitoring',
    ]);
    expect(statement.consequences.join('\n')).toContain('(if no objectors remain)');
    const conclude = decisionConsequences(playbook, 'mutual-assistance', 'INVOCATION_CONCLUDED', [
      'invoked',
      'invoked.awaitingOffers',
    ]);
    expect(conclude.consequences.join('\n')).toContain('(if taken by the invoker)');
  });
});
