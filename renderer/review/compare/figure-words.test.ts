import { describe, expect, it } from 'vitest';
import type { ComparedFigure } from '../../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../../test/fixtures/fixtures';
import { eventWordsFrom } from '../../components/index';
import { translatorFor } from '../../state/index';
import { differs, figureLabel, formatDifference, formatValue, sideValue, verdictWord } from './figure-words';
import { DAY, DETECT, HOUR, MINUTE, SAMPLE_FIGURES } from './sample-comparison';

const words = eventWordsFrom(
  exerciseContent(miniPlaybookSources(), { path: 'mini-scenario.yaml', text: miniScenarioText() }),
);
const ORGANISATIONS: Record<string, string> = { council: 'Council', nato: 'NATO', 'state-a': 'State A' };
const names = { words, organisationName: (id: string) => ORGANISATIONS[id] ?? id };
const en = translatorFor('en');
const nl = translatorFor('nl');
const byKey = (key: string) => SAMPLE_FIGURES.find((figure) => figure.key === key) as ComparedFigure;

describe('figureLabel', () => {
  it('names each kind of figure with the content’s words', () => {
    const label = (key: string) => figureLabel(byKey(key).subject, en, names);
    expect(label('stage:all:detect')).toBe('All mechanisms: Detect');
    expect(label('stage:crisis:decide')).toBe('Crisis arrangements: Decide');
    expect(label('window:crisis:sharing-to-full')).toBe('Crisis arrangements: Sharing to full');
    expect(label('ack:ms-a:median')).toBe('Member State A: median time to acknowledge');
    expect(label('ack:ms-a:acknowledged')).toBe('Member State A: injects acknowledged');
    expect(label('expected:hitRate')).toBe('Hit rate');
    expect(label('pair:council→nato')).toBe('Council → NATO (across the EU↔NATO line)');
    expect(label('pair:state-a→council')).toBe('State A → Council');
    expect(label('euNato:blocked')).toBe('Blocked by marking');
  });

  it('names a case of a mechanism, a legal clock and a link product’s side', () => {
    expect(
      figureLabel(
        {
          kind: 'legal-clock',
          mechanism: 'solidarity',
          actorKey: 'solidarity#arland',
          windowId: 'w',
          title: 'Reply',
        },
        en,
        names,
      ),
    ).toBe('Solidarity request (arland): Reply');
    expect(
      figureLabel(
        { kind: 'organisation-pair', fromOrg: 'council', toOrg: 'side:nato', euNato: true },
        en,
        names,
      ),
    ).toBe('Council → NATO side (across the EU↔NATO line)');
  });

  it('speaks Dutch', () => {
    expect(figureLabel(DETECT.subject, nl, names)).toBe('Alle mechanismen: Detecteren');
    expect(figureLabel(byKey('ack:ms-a:acknowledged').subject, nl, names)).toBe(
      'Member State A: bevestigde injects',
    );
  });
});

describe('values', () => {
  it('write times as scenario spans, counts whole and ratios as percentages', () => {
    expect(formatValue(DAY + 2 * HOUR, 'ms')).toBe('1d 2h');
    expect(formatValue(45 * MINUTE, 'ms')).toBe('45m');
    expect(formatValue(4, 'count')).toBe('4');
    expect(formatValue(0.8, 'ratio')).toBe('80 %');
    expect(formatValue(null, 'count')).toBe('—');
  });

  it('give a difference its sign, a ratio’s in percentage points', () => {
    expect(formatDifference(-HOUR, 'ms', en)).toBe('−1h');
    expect(formatDifference(90 * MINUTE, 'ms', en)).toBe('+1h 30m');
    expect(formatDifference(0, 'ms', en)).toBe('0m');
    expect(formatDifference(2, 'count', en)).toBe('+2');
    expect(formatDifference(-3, 'count', en)).toBe('−3');
    expect(formatDifference(0.30000000000000004, 'ratio', en)).toBe('+30 pp');
    expect(formatDifference(-0.25, 'ratio', nl)).toBe('−25 procentpunt');
    expect(formatDifference(null, 'ms', en)).toBe('—');
  });

  it('write a window’s outcome beside its time, or alone where it has none', () => {
    const window = byKey('window:crisis:sharing-to-full');
    expect(sideValue(window, 'a', en)).toBe('1d 2h, met');
    expect(sideValue(window, 'b', en)).toBe('open');
    expect(sideValue(window, 'a', nl)).toBe('1d 2h, gehaald');
    expect(sideValue(byKey('expected:met'), 'b', en)).toBe('2');
  });
});

describe('verdicts', () => {
  it('are words in either language; a figure settled before the branch is shared', () => {
    expect(verdictWord(byKey('stage:all:notify'), en)).toBe('better');
    expect(verdictWord(byKey('euNato:blocked'), nl)).toBe('slechter');
    expect(verdictWord(byKey('stage:crisis:activate'), en)).toBe('only in the other run');
    expect(verdictWord({ ...DETECT, beforeBranch: true }, en)).toBe('shared (settled before the branch)');
  });

  it('mark every figure whose verdict is not "same" as differing', () => {
    expect(SAMPLE_FIGURES.filter(differs).map((figure) => figure.key)).toHaveLength(9);
    expect(differs(DETECT)).toBe(false);
  });
});
