import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { HOST_ORIGIN_ARGUMENT } from './bridge-channels';
import { hardenContents, hardenedWebPreferences, type OpenableWindow } from './hardening';
import { placeWindow, type Bounds, type WindowStateFile } from './window-state';

/** The app's windows: the controller's console, and the station and evaluator windows it opens. */
export type AppWindow = { kind: 'console' } | OpenableWindow;

/** A name part as a storage partition may hold it. */
const safe = (text: string) => text.replace(/[^A-Za-z0-9._-]/g, '_');

/** Where a window's state is remembered, and which window a second request for it brings forward. */
export function windowKey(window: AppWindow): string {
  switch (window.kind) {
    case 'console':
      return 'console';
    case 'station':
      return `station:${window.exerciseId}:${window.roles.join(',')}`;
    case 'evaluator':
      return `evaluator:${window.exerciseId}:${window.role}`;
  }
}

/**
 * Each window's own storage (ADR 0008 decision 5): the console's, each station's and each evaluator's
 * IndexedDB kept apart, as separate browser profiles keep them.
 */
export function windowPartition(window: AppWindow): string {
  switch (window.kind) {
    case 'console':
      return 'persist:console';
    case 'station':
      return `persist:station-${safe(window.exerciseId)}-${safe(window.roles.join('+'))}`;
    case 'evaluator':
      return `persist:evaluator-${safe(window.exerciseId)}`;
  }
}

/** The page a window loads: the app's page at the window's route, as the renderer's routeHash spells it. */
export function windowUrl(window: AppWindow): string {
  const segment = encodeURIComponent;
  switch (window.kind) {
    case 'console':
      return `${APP_ORIGIN}/index.html#/`;
    case 'station':
      return `${APP_ORIGIN}/index.html#/station/${segment(window.exerciseId)}/${window.roles.map(segment).join(',')}`;
    case 'evaluator':
      return `${APP_ORIGIN}/index.html#/evaluator/${segment(window.exerciseId)}/${segment(window.role)}`;
  }
}

export interface AppWindowsOptions {
  makeWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** Makes a partition's session ready (the app:// handler, the session guards) before a window uses it. */
  prepareSession: (partition: string) => void;
  preload: string;
  hostOrigin: () => string | null;
  states: WindowStateFile;
  workAreas: () => Bounds[];
  title: string;
  log: (line: string) => void;
}

/**
 * Opens, brings forward, reloads and remembers the app's windows. Every one is hardened the same way; a page
 * whose renderer crashed is reloaded, and catches up from its own copy and the host.
 */
export class AppWindows {
  private readonly open = new Map<string, { window: AppWindow; browser: BrowserWindow }>();

  constructor(private readonly options: AppWindowsOptions) {}

  /** Opens the window, or brings it forward when it is open already. */
  show(window: AppWindow): BrowserWindow {
    const key = windowKey(window);
    const existing = this.open.get(key);
    if (existing && !existing.browser.isDestroyed()) {
      if (existing.browser.isMinimized()) existing.browser.restore();
      existing.browser.focus();
      return existing.browser;
    }
    return this.create(window);
  }

  /** Every open window's pages loaded again: after the host came back. */
  reloadAll(): void {
    for (const { browser } of this.open.values()) if (!browser.isDestroyed()) browser.webContents.reload();
  }

  /**
   * Every window made again: after the host came back on another port, which each window's preload was given
   * when it was made. Each reopens where it was.
   */
  reopenAll(): void {
    const windows = [...this.open.values()];
    for (const { window, browser } of windows) {
      if (!browser.isDestroyed()) browser.close();
      this.create(window);
    }
  }

  count(): number {
    return this.open.size;
  }

  private create(window: AppWindow): BrowserWindow {
    const { options } = this;
    const key = windowKey(window);
    const partition = windowPartition(window);
    options.prepareSession(partition);
    const place = placeWindow(options.states.get(key), options.workAreas());
    const browser = options.makeWindow({
      ...(place.bounds ? place.bounds : place.size),
      minWidth: 720,
      minHeight: 480,
      show: false,
      title: options.title,
      backgroundColor: '#ffffff',
      webPreferences: {
        ...hardenedWebPreferences(options.preload, partition),
        additionalArguments: [`${HOST_ORIGIN_ARGUMENT}${options.hostOrigin() ?? ''}`],
      },
    });
    this.open.set(key, { window, browser });
    const contents = browser.webContents;
    hardenContents(contents, { openWindow: (next) => this.show(next), log: options.log });
    contents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit') return;
      options.log(`${key}: its page stopped (${details.reason}); reloading it`);
      if (!browser.isDestroyed()) contents.reload();
    });
    contents.on('unresponsive', () => options.log(`${key}: its page is not responding`));
    browser.once('ready-to-show', () => {
      if (place.maximized) browser.maximize();
      browser.show();
    });
    browser.on('close', () =>
      options.states.remember(key, { bounds: browser.getNormalBounds(), maximized: browser.isMaximized() }),
    );
    browser.on('closed', () => {
      if (this.open.get(key)?.browser === browser) this.open.delete(key);
    });
    browser
      .loadURL(windowUrl(window))
      .catch((error: unknown) => options.log(`${key}: not loaded: ${String(error)}`));
    return browser;
  }
}
