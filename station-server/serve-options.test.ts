import { describe, expect, it } from 'vitest';
import { NAME_AN_ADDRESS, parseServeOptions, UsageError } from './serve-options';

describe('parseServeOptions', () => {
  it('defaults to loopback on 4173, the per-user data folder, building when stale', () => {
    expect(parseServeOptions([])).toEqual({
      host: '127.0.0.1',
      lan: null,
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
      lan: null,
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

  it('starts LAN mode on one address with --host ADDRESS, or on every room address with --lan', () => {
    expect(parseServeOptions(['--host', '192.168.10.4'])).toMatchObject({
      host: '127.0.0.1',
      lan: { addresses: ['192.168.10.4'] },
    });
    expect(parseServeOptions(['--lan'])).toMatchObject({ host: '127.0.0.1', lan: { addresses: null } });
    expect(parseServeOptions(['--lan', '--host', '::1'])).toMatchObject({
      host: '::1',
      lan: { addresses: null },
    });
  });

  it('refuses a wildcard or a name for --host, saying what to give instead', () => {
    expect(() => parseServeOptions(['--host', '0.0.0.0'])).toThrow(`--host 0.0.0.0: ${NAME_AN_ADDRESS}`);
    expect(() => parseServeOptions(['--host', '::'])).toThrow(`--host ::: ${NAME_AN_ADDRESS}`);
    expect(() => parseServeOptions(['--host', 'laptop.local'])).toThrow('give an IP address');
    expect(NAME_AN_ADDRESS).toBe(
      'name one address of this laptop on the room network, or use --lan to listen on all of them',
    );
  });

  it.each([
    [['--port', 'abc'], /--port must be a whole number/],
    [['--port', '65536'], /--port must be a whole number/],
    [['--port', '-1'], /--port/],
    [['--port', '0x10'], /--port must be a whole number/],
    [['--port'], /--port/],
    [['--host', ''], /--host must not be empty/],
    [['--host', '192.168.1.20', '--lan'], /give one of them/],
    [['--lan=yes'], /lan/],
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
