// The `test` every end-to-end spec uses: each test gets its own exercise host (a process on a fresh data folder
// and a free port, whose address is the test's base URL), and fails if its pages reached beyond that origin
// (the product runs on air-gapped laptops, so any such request or socket is a bug) or logged an error.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { HOST_SOCKET_PATH } from '../../core/index';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../../playwright.config';
import { startServeProcess, type ServeProcess } from '../fixtures/serve-process';

export { expect };
export type { ServeProcess };

// Inline content the page makes itself never leaves the machine.
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);
const SOCKET_SCHEMES: Record<string, string> = { 'ws:': 'http:', 'wss:': 'https:' };

/** True for a URL of `origin` (a WebSocket's ws: URL counts as its http: origin) or made by the page. */
export function isOwnOrigin(url: string, origin: string): boolean {
  const parsed = new URL(url);
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  const scheme = SOCKET_SCHEMES[parsed.protocol];
  return (scheme ? `${scheme}//${parsed.host}` : parsed.origin) === origin;
}

/** What the pages of one context did that a test must not allow. */
export interface PageFaults {
  foreignRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/**
 * Chromium logs a console error for every WebSocket that cannot connect, and page code cannot silence it. A
 * test that kills or restarts its host expects exactly these while the host is away: the pages' sockets to the
 * host's own address failing to reconnect. Nothing else is forgiven, and nothing at all before the first down.
 */
export function hostAwayErrors(host: Pick<ServeProcess, 'origin' | 'downs'>): (text: string) => boolean {
  const socket = `WebSocket connection to '${host.origin.replace(/^http/, 'ws')}${HOST_SOCKET_PATH}' failed`;
  return (text) => host.downs > 0 && text.includes(socket);
}

export interface WatchOptions {
  /** Console errors a test expects (hostAwayErrors); every other one is a fault. */
  expected?: (text: string) => boolean;
}

/**
 * Watches every page of `context`, present and future, and returns what it saw so far: requests and
 * WebSockets that leave `origin` (the host's address), console errors and uncaught errors. Exported for the
 * persistent-profile tests, whose contexts the fixture below does not create.
 */
export function watchContext(
  context: BrowserContext,
  origin: string,
  options: WatchOptions = {},
): PageFaults {
  const faults: PageFaults = { foreignRequests: [], consoleErrors: [], pageErrors: [] };
  const watched = new WeakSet<Page>();
  const watchPage = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('console', (message) => {
      // The location names the failing resource, which "Failed to load resource" alone does not.
      if (message.type() === 'error' && !options.expected?.(message.text()))
        faults.consoleErrors.push(`${message.location().url}: ${message.text()}`);
    });
    page.on('pageerror', (error) => faults.pageErrors.push(`${page.url()}: ${error.message}`));
    // A WebSocket is no request to the context: each page reports its own.
    page.on('websocket', (socket) => {
      if (!isOwnOrigin(socket.url(), origin)) faults.foreignRequests.push(`WebSocket ${socket.url()}`);
    });
  };
  // The context sees the requests of all its pages, workers included.
  context.on('request', (request) => {
    if (!isOwnOrigin(request.url(), origin))
      faults.foreignRequests.push(`${request.method()} ${request.url()}`);
  });
  context.on('page', watchPage);
  context.pages().forEach(watchPage);
  return faults;
}

/** Fails the test with every fault seen, so one run shows them all. */
export function expectNoFaults(faults: PageFaults): void {
  expect.soft(faults.foreignRequests, "requests and sockets to another origin than the host's").toEqual([]);
  expect.soft(faults.consoleErrors, 'console errors').toEqual([]);
  expect.soft(faults.pageErrors, 'uncaught page errors').toEqual([]);
}

export const test = base.extend<{ host: ServeProcess; pageFaults: PageFaults }>({
  // Playwright reads which fixtures a fixture needs from this pattern, and the host needs none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataFolder = mkdtempSync(path.join(tmpdir(), 'pbsim-e2e-data-'));
    const host = await startServeProcess({ dataFolder });
    try {
      await use(host);
    } finally {
      await host.kill();
      rmSync(dataFolder, { recursive: true, force: true });
    }
  },
  // Every page of the test opens on its own host.
  baseURL: async ({ host }, use) => use(host.url),
  pageFaults: [
    async ({ context, host }, use) => {
      const faults = watchContext(context, host.origin, { expected: hostAwayErrors(host) });
      await use(faults);
      expectNoFaults(faults);
    },
    // Automatic: every test is checked, whether or not it asks for the fixture.
    { auto: true },
  ],
});

/**
 * A browser with a profile on disk, for the tests that prove data survives a reload and a browser restart,
 * opening pages of the host at `origin`. The profile goes through launchPersistentContext, never
 * `--user-data-dir` in args (docs/architecture.md §11). Close it with `context.close()`; launch it again on the
 * same `profileDir` to "restart the browser".
 */
export function launchPersistentStation(profileDir: string, origin: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_EXECUTABLE,
    args: CHROMIUM_ARGS,
    baseURL: `${origin}/`,
  });
}
