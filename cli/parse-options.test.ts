import { describe, expect, it } from 'vitest';
import { UsageError } from './exit-codes';
import { parseOptions } from './parse-options';

const SPEC = { values: ['--out', '--seed'], flags: ['--force'] };

describe('parseOptions', () => {
  it('separates values, flags and positional arguments, in any order', () => {
    const parsed = parseOptions('run', ['--seed', '7', 'scenarios/port', '--force', '--out', 'runs/x'], SPEC);
    expect(parsed.positional).toEqual(['scenarios/port']);
    expect([...parsed.values]).toEqual([
      ['--seed', '7'],
      ['--out', 'runs/x'],
    ]);
    expect([...parsed.flags]).toEqual(['--force']);
  });

  it.each([
    [['--out'], 'run: --out needs a value'],
    [['--out', '--force'], 'run: --out needs a value'],
    [['--verbose'], 'run: unknown option --verbose'],
    [['-v'], 'run: unknown option -v'],
    [['--seed', '1', '--seed', '2'], 'run: --seed is given twice; give it once'],
    [['--seed', '1', '--seed', '1'], 'run: --seed is given twice; give it once'],
    [['--force', 'x', '--force'], 'run: --force is given twice; give it once'],
  ])('refuses %j as a usage error naming the command', (args, message) => {
    const parse = () => parseOptions('run', args, SPEC);
    expect(parse).toThrow(UsageError);
    expect(parse).toThrow(message);
  });

  it('takes no options when the spec names none', () => {
    expect(parseOptions('report', ['a.jsonl', 'b.jsonl'], {}).positional).toEqual(['a.jsonl', 'b.jsonl']);
    expect(() => parseOptions('report', ['--out', 'x'], {})).toThrow('report: unknown option --out');
  });
});
