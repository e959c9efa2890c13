import { describe, expect, it } from 'vitest';
import { loadMiniPlaybook, miniScenarioText, replaceOnce } from '../../test/fixtures/fixtures';
import { loadScenario, type ScenarioDocument } from '../scenario/index';
import { exportMsel, HSEEP_EXPORT_HEADER } from './msel-export';

function miniScenario(text = miniScenarioText()): ScenarioDocument {
  const loaded = loadScenario({ path: 'mini.yaml', text }, loadMiniPlaybook());
  if (!loaded.ok) throw new Error('the mini scenario fixture must load');
  return loaded.scenario;
}

describe('exportMsel', () => {
  it('writes the HSEEP header, then one row per inject in the scenario’s order', () => {
    const rows = exportMsel(miniScenario());
    expect(rows[0]).toEqual([...HSEEP_EXPORT_HEADER]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['1', '2', '3', '4']);
  });

  it('writes a timed inject with its expected actions, the free-text ones as written', () => {
    expect(exportMsel(miniScenario())[1]).toEqual([
      '1',
      'T+0',
      'Inject',
      'news',
      'press',
      'ms-a, ms-c',
      'Explosion at the port',
      'An explosion at the port of Arland.',
      'ms-a: crisis RAPID_ALERT | Brief the press',
      '',
      'PUBLIC',
      '',
    ]);
  });

  it('writes a conditional inject without a time, its condition in the event type and the notes', () => {
    const [, , contingency, onState, onDecision] = exportMsel(miniScenario());
    expect(contingency?.slice(1, 3)).toEqual(['', 'Contingency Inject (when INJ-1 EA-1 is missed)']);
    expect(contingency?.[11]).toBe('Contingency Inject (when INJ-1 EA-1 is missed)');
    expect(onState?.[2]).toBe('Conditional Inject (when crisis enters full.measures.drafting)');
    expect(onState?.[11]).toBe('Conditional Inject (when crisis enters full.measures.drafting), after 1h');
    expect(onDecision?.[2]).toBe('Conditional Inject (when solidarity INVOKE is taken)');
    expect(onDecision?.[8]).toBe('presidency: crisis ADOPT');
  });

  it('adds the objectives and the evaluator notes, after the condition', () => {
    const text = replaceOnce(
      miniScenarioText(),
      '    text: Partners have heard nothing from you.\n',
      '    text: Partners have heard nothing from you.\n    objectives: [obj-alert]\n    evaluatorNotes: Watch the reply.\n',
    );
    const contingency = exportMsel(miniScenario(text))[2];
    expect(contingency?.[9]).toBe('obj-alert');
    expect(contingency?.[11]).toBe('Contingency Inject (when INJ-1 EA-1 is missed) — Watch the reply.');
  });
});
