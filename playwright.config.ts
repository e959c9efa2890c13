import { defineConfig } from '@playwright/test';

// End-to-end tests in Debian's Chromium (never a downloaded browser: this network reaches only the npm
// registry and Debian's packages). The renderer is built once (test/e2e/global-setup.ts); each test starts
// its own exercise host on a fresh data folder and a free port (the `host` fixture, test/e2e/fixtures.ts),
// which is the page's origin and base URL: no shared server, never the user's real data folder.

export const CHROMIUM_EXECUTABLE = '/usr/bin/chromium';
// Headless, and nothing that phones home: a test must fail if the page reaches beyond its own origin, so
// the browser itself must not add traffic of its own (docs/architecture.md §11).
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: '.scratch/playwright',
  globalSetup: './test/e2e/global-setup.ts',
  // One browser at a time: CI machines have 2 cores, and the persistent-profile tests share nothing.
  workers: 1,
  retries: 0,
  reporter: 'list',
  // Limits that catch a hang, with room for a 2-core machine another process keeps busy: an assertion
  // retries until its expectation holds, so a passing test takes no longer for a higher limit.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  use: {
    // A click on something that never appears fails with its locator named instead of holding the test to
    // its whole limit (the accessibility spec's is ten minutes).
    actionTimeout: 60_000,
    launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS },
  },
});
