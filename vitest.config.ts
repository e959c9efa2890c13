import { defineConfig } from 'vitest/config';

// Two projects: Node for core, CLI and adapters; jsdom for the renderer and for the proof that core runs
// unchanged in a browser-like environment. End-to-end specs (*.e2e.ts) run under Playwright, not here.
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
            'test/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['test/jsdom/**', 'node_modules/**'],
          // The CLI bundle the process tests spawn, built when its sources changed (scripts/cli-bundle.ts).
          globalSetup: ['test/global-setup-cli-bundle.ts'],
        },
      },
      {
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}', 'test/jsdom/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-dom.ts'],
          // Above Testing Library's wait (test/setup-dom.ts), so a slow machine fails on an expectation, not
          // on the clock; a passing test takes no longer.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
