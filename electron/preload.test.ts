import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS, HOST_ORIGIN_ARGUMENT } from './bridge-channels';

// The preload as a window loads it, with Electron's two modules it may use stood in for.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      electron.invoked.push(args);
      return args[0] === 'file:open' ? { name: 'a.yaml', bytes: new Uint8Array([1]) } : undefined;
    },
  },
}));

describe('the preload', () => {
  beforeEach(() => {
    electron.invoked.length = 0;
  });

  it('exposes one DesktopBridge to the page: a function per capability, nothing of Electron', async () => {
    await import('./preload');
    expect([...electron.exposed.keys()]).toEqual(['desktopBridge']);
    const bridge = electron.exposed.get('desktopBridge') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([
      'appInfo',
      'host',
      'hostOrigin',
      'openFile',
      'openWindow',
      'printToPdf',
      'saveFile',
    ]);
    const { hostOrigin, host, ...capabilities } = bridge;
    expect(typeof hostOrigin).toBe('string');
    expect(Object.values(capabilities).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.values(host as object).every((value) => typeof value === 'function')).toBe(true);
  });

  it('reads the host’s loopback origin from the window’s arguments, and nothing else', async () => {
    const { hostOriginFrom } = await import('./preload');
    expect(hostOriginFrom(['electron', `${HOST_ORIGIN_ARGUMENT}http://127.0.0.1:4173`])).toBe(
      'http://127.0.0.1:4173',
    );
    expect(hostOriginFrom(['electron'])).toBe('');
    expect(hostOriginFrom([`${HOST_ORIGIN_ARGUMENT}http://evil.example:80`])).toBe('');
    expect(hostOriginFrom([`${HOST_ORIGIN_ARGUMENT}http://127.0.0.1:4173/x`])).toBe('');
  });

  it('calls each capability on its fixed channel with the page’s arguments', async () => {
    const { desktopBridge } = await import('./preload');
    expect(await desktopBridge.openFile(['.yaml'])).toEqual({ name: 'a.yaml', bytes: new Uint8Array([1]) });
    await desktopBridge.saveFile('aar.html', '<p/>', 'text/html');
    await desktopBridge.printToPdf({ fileName: 'aar.pdf', marking: 'EU RESTRICTED' });
    await desktopBridge.appInfo();
    await desktopBridge.openWindow('#/station/ex-1/ms-a');
    await desktopBridge.host?.status();
    await desktopBridge.host?.setLan(true);
    await desktopBridge.host?.restart();
    expect(electron.invoked).toEqual([
      [BRIDGE_CHANNELS.openFile, ['.yaml']],
      [BRIDGE_CHANNELS.saveFile, 'aar.html', '<p/>', 'text/html'],
      [BRIDGE_CHANNELS.printToPdf, { fileName: 'aar.pdf', marking: 'EU RESTRICTED' }],
      [BRIDGE_CHANNELS.appInfo],
      [BRIDGE_CHANNELS.openWindow, '#/station/ex-1/ms-a'],
      [BRIDGE_CHANNELS.hostStatus],
      [BRIDGE_CHANNELS.hostLan, true],
      [BRIDGE_CHANNELS.hostRestart],
    ]);
  });
});
