import { describe, expect, it } from 'vitest';
import { parseServeOptions, UsageError } from './serve-options';

describe('parseServeOptions', () => {
  it('defaults to loopback on 4173', () => {
    expect(parseServeOptions([])).toEqual({ host: '127.0.0.1', port: 4173, help: false });
  });

  it('takes --port and --host, in both spellings', () => {
    expect(parseServeOptions(['--port', '8080', '--host=0.0.0.0'])).toEqual({
      host: '0.0.0.0',
      port: 8080,
      help: false,
    });
    expect(parseServeOptions(['--port=0']).port).toBe(0);
    expect(parseServeOptions(['-h']).help).toBe(true);
  });

  it.each([
    [['--port', 'abc'], /--port must be a whole number/],
    [['--port', '65536'], /--port must be a whole number/],
    [['--port', '-1'], /--port/],
    [['--port', '0x10'], /--port must be a whole number/],
    [['--port'], /--port/],
    [['--host', ''], /--host must not be empty/],
    [['--bogus'], /bogus/],
    [['extra'], /extra/],
  ])('refuses %j with a one-line usage error', (argv, message) => {
    let caught: unknown;
    try {
      parseServeOptions(argv);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toContain('\n');
  });
});
