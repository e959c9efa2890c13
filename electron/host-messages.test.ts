import { describe, expect, it } from 'vitest';
import { FromHost, hostArguments, readHostArguments, ToHost } from './host-messages';

describe('the host process’s arguments', () => {
  it('are read back as main wrote them, paths with spaces and equals signs included', () => {
    const given = {
      appRoot: '/opt/Playbook Sim/resources/app.asar',
      dataFolder: '/home/a=b/exercises',
      port: 4173,
    };
    expect(readHostArguments(['electron', 'host.cjs', ...hostArguments(given)])).toEqual(given);
  });

  it('are refused when one is missing or the port is not one', () => {
    const args = hostArguments({ appRoot: '/app', dataFolder: '/data', port: 4173 });
    expect(readHostArguments(args.slice(1))).toBeNull();
    expect(readHostArguments([...args.slice(0, 2), '--port=70000'])).toBeNull();
    expect(readHostArguments([...args.slice(0, 2), '--port=http'])).toBeNull();
    expect(readHostArguments([])).toBeNull();
  });
});

describe('the messages between main and the host', () => {
  it('take the shapes each side sends, and nothing else', () => {
    expect(ToHost.safeParse({ kind: 'lan', requestId: 3, on: true }).success).toBe(true);
    expect(ToHost.safeParse({ kind: 'lan', requestId: 3, on: 'yes' }).success).toBe(false);
    expect(ToHost.safeParse({ kind: 'exec', command: 'rm' }).success).toBe(false);
    const lan = { on: false, urls: [], problem: null };
    expect(
      FromHost.safeParse({ kind: 'ready', origin: 'http://127.0.0.1:4173', dataFolder: '/d', lan }).success,
    ).toBe(true);
    expect(FromHost.safeParse({ kind: 'ready', origin: 'http://127.0.0.1:4173' }).success).toBe(false);
  });
});
