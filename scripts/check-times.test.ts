import { describe, expect, it } from 'vitest';
import { formatCheckTimes, formatSeconds } from './check-times';

describe('the time table npm test prints', () => {
  it('lines up every part with its time and outcome, and the total in minutes once past one', () => {
    const table = formatCheckTimes(
      [
        { name: 'format', seconds: 2.04, outcome: { kind: 'passed' } },
        { name: 'lint', seconds: 38.96, outcome: { kind: 'passed' } },
        { name: 'typecheck', seconds: 51.25, outcome: { kind: 'failed', exitCode: 2 } },
        { name: 'unit', seconds: 0, outcome: { kind: 'not run' } },
        { name: 'e2e', seconds: 0, outcome: { kind: 'not run' } },
      ],
      92.3,
    );
    expect(table).toBe(
      [
        'npm test: time per part',
        '  format      2.0 s  passed',
        '  lint       39.0 s  passed',
        '  typecheck  51.3 s  failed (exit 2)',
        '  unit            -  not run',
        '  e2e             -  not run',
        '  total      92.3 s (1 min 32 s)',
      ].join('\n'),
    );
  });

  it.each([
    [0.04, '0.0 s'],
    [59.94, '59.9 s'],
    [60, '60.0 s (1 min 0 s)'],
    [1799.6, '1799.6 s (30 min 0 s)'],
  ])('writes %d seconds as %s', (seconds, expected) => {
    expect(formatSeconds(seconds)).toBe(expected);
  });
});
