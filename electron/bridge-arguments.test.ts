import { describe, expect, it } from 'vitest';
import { checkBridgeArguments } from './bridge-arguments';
import { BRIDGE_CHANNELS } from './bridge-channels';

describe('checkBridgeArguments', () => {
  it('takes what each channel takes', () => {
    // Home's Load a backup asks for packages (issue 25), whose extension has a hyphen.
    expect(checkBridgeArguments(BRIDGE_CHANNELS.openFile, [['.yaml', '.XLSX', '.pbsim-package']])).toEqual({
      ok: true,
      args: [['.yaml', '.XLSX', '.pbsim-package']],
    });
    const bytes = new Uint8Array([1, 2]);
    expect(
      checkBridgeArguments(BRIDGE_CHANNELS.saveFile, ['pkg.pbsim', bytes, 'application/octet-stream']),
    ).toEqual({
      ok: true,
      args: ['pkg.pbsim', bytes, 'application/octet-stream'],
    });
  });

  it('refuses the rest, naming the channel and the argument', () => {
    const reason = (channel: Parameters<typeof checkBridgeArguments>[0], args: unknown[]) => {
      const checked = checkBridgeArguments(channel, args);
      return checked.ok ? 'taken' : checked.reason;
    };
    expect(reason(BRIDGE_CHANNELS.openFile, [[]])).toBe('taken');
    expect(reason(BRIDGE_CHANNELS.openFile, [['.yaml'], 'extra'])).toMatch(/^file:open: /);
    for (const bad of ['yaml', '.-x', '.a/b', '.a.b', `.${'x'.repeat(21)}`])
      expect(reason(BRIDGE_CHANNELS.openFile, [[bad]])).toMatch(/must be an extension such as \.yaml/);
    expect(reason(BRIDGE_CHANNELS.openFile, [Array(21).fill('.yaml')])).toMatch(/^file:open: argument 0: /);
    expect(reason(BRIDGE_CHANNELS.saveFile, ['a/b.txt', 'x', 'text/plain'])).toBe(
      'file:save: argument 0: must be a file name, not a path',
    );
    expect(reason(BRIDGE_CHANNELS.saveFile, ['..', 'x', 'text/plain'])).toMatch(/argument 0/);
    expect(reason(BRIDGE_CHANNELS.saveFile, ['a.txt', 12, 'text/plain'])).toMatch(/^file:save: argument 1: /);
  });
});
