import { describe, expect, it } from 'vitest';
import { LOOPBACK_ONLY, parseServeOptions, UsageError } from './serve-options';

describe('parseServeOptions', () => {
  it('defaults to loopback on 4173, the per-user data folder, building when stale', () => {
    expect(parseServeOptions([])).toEqual({
      host: '127.0.0.1',
      port: 4173,
      dataFolder: null,
      build: true,
      help: false,
    });
  });

  it('takes --port, --host, --data and --no-build, in both spellings', () => {
    expect(
      parseServeOptions(['--port', '8080', '--host=localhost', '--data', 'runs/x', '--no-build'], '/home/u'),
    ).toEqual({
      host: 'localhost',
      port: 8080,
      dataFolder: '/home/u/runs/x',
      build: false,
      help: false,
    });
    expect(parseServeOptions(['--port=0']).port).toBe(0);
    expect(parseServeOptions(['--host', '::1']).host).toBe('::1');
    expect(parseServeOptions(['--data=/abs/folder']).dataFolder).toBe('/abs/folder');
    expect(parseServeOptions(['-h']).help).toBe(true);
  });

  it('refuses a host that is not loopback, saying why', () => {
    expect(() => parseServeOptions(['--host', '0.0.0.0'])).toThrow(`--host 0.0.0.0: ${LOOPBACK_ONLY}`);
    expect(LOOPBACK_ONLY).toBe(
      'LAN stations are not built yet: the host listens on loopback only (127.0.0.1, ::1, localhost)',
    );
  });

  it.each([
    [['--port', 'abc'], /--port must be a whole number/],
    [['--port', '65536'], /--port must be a whole number/],
    [['--port', '-1'], /--port/],
    [['--port', '0x10'], /--port must be a whole number/],
    [['--port'], /--port/],
    [['--host', ''], /--host must not be empty/],
    [['--host', '192.168.1.20'], /loopback only/],
    [['--data', ' '], /--data must name a folder/],
    [['--data'], /--data/],
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
