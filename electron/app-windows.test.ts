// The app's windows with a stand-in for Electron's BrowserWindow: options, partitions, one window per
// screen, a crashed page reloaded, places remembered, and the routes the renderer and the guards agree on.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routeHash } from '../renderer/components/route';
import { APP_ORIGIN } from './app-protocol';
import { AppWindows, windowKey, windowPartition, windowUrl, type AppWindow } from './app-windows';
import { HOST_ORIGIN_ARGUMENT } from './bridge-channels';
import { hardenedWebPreferences, openableWindow } from './hardening';
import { WindowStateFile } from './window-state';

vi.mock('electron', () => ({}));

class FakeContents extends EventEmitter {
  reloads = 0;
  reload(): void {
    this.reloads += 1;
  }
  setWindowOpenHandler(): void {}
}

class FakeWindow extends EventEmitter {
  readonly webContents = new FakeContents();
  destroyed = false;
  focused = 0;
  loaded: string[] = [];
  bounds = { x: 100, y: 50, width: 1000, height: 700 };
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }
  isDestroyed = () => this.destroyed;
  isMinimized = () => false;
  restore(): void {}
  focus(): void {
    this.focused += 1;
  }
  maximize(): void {}
  show(): void {}
  isMaximized = () => false;
  getNormalBounds = () => this.bounds;
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  close(): void {
    this.emit('close');
    this.destroyed = true;
    this.emit('closed');
  }
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function setUp() {
  const folder = mkdtempSync(path.join(tmpdir(), 'windows-'));
  folders.push(folder);
  const made: FakeWindow[] = [];
  const prepared: string[] = [];
  const logged: string[] = [];
  const host = { origin: 'http://127.0.0.1:4173' as string | null };
  const states = new WindowStateFile(path.join(folder, 'window-state.json'));
  const windows = new AppWindows({
    makeWindow: (options) => {
      const window = new FakeWindow(options);
      made.push(window);
      return window as unknown as BrowserWindow;
    },
    prepareSession: (partition) => prepared.push(partition),
    preload: '/app/dist/desktop/preload.cjs',
    hostOrigin: () => host.origin,
    states,
    workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1050 }],
    title: 'Playbook Exercise Simulator',
    log: (line) => logged.push(line),
  });
  return { windows, made, prepared, logged, host, states };
}

const STATION: AppWindow = { kind: 'station', exerciseId: 'salisbury-style-x1', roles: ['ms-a', 'nac'] };
const EVALUATOR: AppWindow = { kind: 'evaluator', exerciseId: 'salisbury-style-x1', role: 'evaluator' };

describe('the routes of the app’s windows', () => {
  it('are the renderer’s own routes, and the ones the window-open guard lets through', () => {
    for (const window of [STATION, EVALUATOR]) {
      expect(windowUrl(window)).toBe(
        `${APP_ORIGIN}/index.html${routeHash({ screen: window.kind, ...window } as never)}`,
      );
      const { kind, ...rest } = window;
      expect(openableWindow(windowUrl(window))).toEqual({ kind, ...rest });
    }
    expect(windowUrl({ kind: 'console' })).toBe(`${APP_ORIGIN}/index.html#/`);
  });

  it('each have storage of their own', () => {
    const partitions = [{ kind: 'console' } as const, STATION, EVALUATOR].map(windowPartition);
    expect(partitions).toEqual([
      'persist:console',
      'persist:station-salisbury-style-x1-ms-a_nac',
      'persist:evaluator-salisbury-style-x1',
    ]);
    expect(windowKey(STATION)).toBe('station:salisbury-style-x1:ms-a,nac');
  });
});

describe('AppWindows', () => {
  it('makes a hardened window on its own partition, telling its preload where the host is', () => {
    const { windows, made, prepared } = setUp();
    windows.show(STATION);
    const [window] = made as [FakeWindow];
    expect(prepared).toEqual([windowPartition(STATION)]);
    expect(window.options.webPreferences).toEqual({
      ...hardenedWebPreferences('/app/dist/desktop/preload.cjs', windowPartition(STATION)),
      additionalArguments: [`${HOST_ORIGIN_ARGUMENT}http://127.0.0.1:4173`],
    });
    expect(window.options.show).toBe(false);
    expect(window.loaded).toEqual([windowUrl(STATION)]);
  });

  it('brings an open window forward instead of opening it twice', () => {
    const { windows, made } = setUp();
    windows.show({ kind: 'console' });
    windows.show({ kind: 'console' });
    expect(made).toHaveLength(1);
    expect(made[0]?.focused).toBe(1);
    windows.show(STATION);
    expect(windows.count()).toBe(2);
  });

  it('reloads a page whose renderer crashed, and not one that exited cleanly', () => {
    const { windows, made, logged } = setUp();
    windows.show(STATION);
    const contents = (made[0] as FakeWindow).webContents;
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(contents.reloads).toBe(1);
    expect(logged).toContain('station:salisbury-style-x1:ms-a,nac: its page stopped (crashed); reloading it');
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(contents.reloads).toBe(1);
  });

  it('remembers where a window was and opens it there next time', () => {
    const { windows, made, states } = setUp();
    windows.show(EVALUATOR);
    const first = made[0] as FakeWindow;
    first.bounds = { x: 300, y: 200, width: 900, height: 600 };
    first.close();
    expect(states.get(windowKey(EVALUATOR))).toEqual({ bounds: first.bounds, maximized: false });
    expect(windows.count()).toBe(0);
    windows.show(EVALUATOR);
    expect(made[1]?.options).toMatchObject({ x: 300, y: 200, width: 900, height: 600 });
  });

  it('reopens every window when the host comes back on another port, and reloads them when on the same', () => {
    const { windows, made, host } = setUp();
    windows.show({ kind: 'console' });
    windows.show(STATION);
    windows.reloadAll();
    expect(made.map((window) => window.webContents.reloads)).toEqual([1, 1]);
    host.origin = 'http://127.0.0.1:4180';
    windows.reopenAll();
    expect(made).toHaveLength(4);
    expect(made.slice(0, 2).every((window) => window.destroyed)).toBe(true);
    expect(made[2]?.options.webPreferences?.additionalArguments).toEqual([
      `${HOST_ORIGIN_ARGUMENT}http://127.0.0.1:4180`,
    ]);
    expect(windows.count()).toBe(2);
  });
});
