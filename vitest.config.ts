import { defineConfig } from 'vitest/config';

// Two projects: Node for core, CLI and adapters; jsdom for the renderer and for the proof that core runs
// unchanged in a browser-like environment. End-to-end specs (*.e2e.ts) run under Playwright, not here.

// Time limits catch a hang; they never measure speed, and a passing test takes no longer for a higher one.
// They are set for a 2-core CI machine that other processes keep busy, where tests run several times
// slower than on an idle one: three times the longest test measured there or more (a node test 11 s, a
// jsdom test 40 s, with both cores busy). A test that needs longer says so itself.
const NODE_TEST_MS = 60_000;
// jsdom tests wait for the screen through Testing Library (test/setup-dom.ts, 20 s per wait): a limit of
// several waits, so a slow machine fails on an expectation, with the screen printed, not on the clock.
const JSDOM_TEST_MS = 120_000;

// The report's and the charts' style sheets as text (`?raw`): the saved report inlines them. Vitest gives
// every other style sheet as empty, as the tests never read one.
const CSS = { include: [/\/renderer\/(report|charts)\/[^/]+\.css/] };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'core/**/*.test.ts',
            'cli/**/*.test.ts',
            'node-adapters/**/*.test.ts',
            'station-server/**/*.test.ts',
            'electron/**/*.test.ts',
            'test/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['test/jsdom/**', 'node_modules/**'],
          // The CLI bundle the process tests spawn, built when its sources changed (scripts/cli-bundle.ts).
          globalSetup: ['test/global-setup-cli-bundle.ts'],
          css: CSS,
          testTimeout: NODE_TEST_MS,
          hookTimeout: NODE_TEST_MS,
        },
      },
      {
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}', 'test/jsdom/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-dom.ts'],
          css: CSS,
          testTimeout: JSDOM_TEST_MS,
          hookTimeout: JSDOM_TEST_MS,
        },
      },
    ],
  },
});
