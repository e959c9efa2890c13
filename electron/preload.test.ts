import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from './bridge-channels';

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
    expect(Object.keys(bridge).sort()).toEqual(['openFile', 'saveFile']);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });

  it('calls each capability on its fixed channel with the page’s arguments', async () => {
    const { desktopBridge } = await import('./preload');
    expect(await desktopBridge.openFile(['.yaml'])).toEqual({ name: 'a.yaml', bytes: new Uint8Array([1]) });
    await desktopBridge.saveFile('aar.html', '<p/>', 'text/html');
    expect(electron.invoked).toEqual([
      [BRIDGE_CHANNELS.openFile, ['.yaml']],
      [BRIDGE_CHANNELS.saveFile, 'aar.html', '<p/>', 'text/html'],
    ]);
  });
});
