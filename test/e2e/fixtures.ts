// The `test` every end-to-end spec uses: it fails a test whose pages reached beyond the station server's
// origin (the product runs on air-gapped laptops, so any such request is a bug) or logged an error.
import { chromium, expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE, E2E_ORIGIN } from '../../playwright.config';

export { expect };
export { E2E_ORIGIN };

// Inline content the page makes itself never leaves the machine.
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);

function isOwnOrigin(url: string): boolean {
  const parsed = new URL(url);
  return LOCAL_SCHEMES.has(parsed.protocol) || parsed.origin === E2E_ORIGIN;
}

/** What the pages of one context did that a test must not allow. */
export interface PageFaults {
  foreignRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

/**
 * Watches every page of `context`, present and future, and returns what it saw so far. Exported for the
 * persistent-profile tests, whose contexts the fixture below does not create.
 */
export function watchContext(context: BrowserContext): PageFaults {
  const faults: PageFaults = { foreignRequests: [], consoleErrors: [], pageErrors: [] };
  const watched = new WeakSet<Page>();
  const watchPage = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('console', (message) => {
      // The location names the failing resource, which "Failed to load resource" alone does not.
      if (message.type() === 'error')
        faults.consoleErrors.push(`${message.location().url}: ${message.text()}`);
    });
    page.on('pageerror', (error) => faults.pageErrors.push(`${page.url()}: ${error.message}`));
  };
  // The context sees the requests of all its pages, workers included.
  context.on('request', (request) => {
    if (!isOwnOrigin(request.url())) faults.foreignRequests.push(`${request.method()} ${request.url()}`);
  });
  context.on('page', watchPage);
  context.pages().forEach(watchPage);
  return faults;
}

/** Fails the test with every fault seen, so one run shows them all. */
export function expectNoFaults(faults: PageFaults): void {
  expect.soft(faults.foreignRequests, 'requests to another origin than the station server').toEqual([]);
  expect.soft(faults.consoleErrors, 'console errors').toEqual([]);
  expect.soft(faults.pageErrors, 'uncaught page errors').toEqual([]);
}

export const test = base.extend<{ pageFaults: PageFaults }>({
  pageFaults: [
    async ({ context }, use) => {
      const faults = watchContext(context);
      await use(faults);
      expectNoFaults(faults);
    },
    // Automatic: every test is checked, whether or not it asks for the fixture.
    { auto: true },
  ],
});

/**
 * A browser with a profile on disk, for the tests that prove data survives a reload and a browser restart.
 * The profile goes through launchPersistentContext, never `--user-data-dir` in args (docs/architecture.md §11).
 * Close it with `context.close()`; launch it again on the same `profileDir` to "restart the browser".
 */
export function launchPersistentStation(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_EXECUTABLE,
    args: CHROMIUM_ARGS,
    baseURL: `${E2E_ORIGIN}/`,
  });
}
