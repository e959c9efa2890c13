import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readCspFromHtml } from '../../station-server/csp';
import { expect, test } from './fixtures';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCENARIOS_DIR = path.join(PROJECT_ROOT, 'scenarios');

// From the data, not copied here: renaming a scenario must not break a test of the page.
function scenarioTitle(folder: string): string {
  const document = parse(readFileSync(path.join(SCENARIOS_DIR, folder, 'scenario.yaml'), 'utf8')) as {
    title: string;
  };
  return document.title;
}

const bundledScenarioCount = readdirSync(SCENARIOS_DIR, { withFileTypes: true }).filter((entry) =>
  entry.isDirectory(),
).length;

test('Home shows the EXERCISE banner and the scenario library', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner')).toContainText('EXERCISE');

  const cards = page.locator('.library-card');
  await expect(cards.filter({ hasText: scenarioTitle('salisbury-style') })).toHaveCount(1);
  await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(Math.max(5, bundledScenarioCount));
});

test('the page is served with the CSP of renderer/index.html as a header', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  const policy = readCspFromHtml(readFileSync(path.join(PROJECT_ROOT, 'renderer', 'index.html'), 'utf8'));
  expect(policy).toBeTruthy();
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toBe(policy);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cache-control']).toBe('no-cache');
});

test('path traversal out of the served folder is refused', async ({ request }) => {
  // URL parsing folds a literal `/../` (and `%2e%2e`) away before sending, so only an encoded separator
  // reaches the server as a traversal; the unit tests send the literal forms over a raw socket.
  for (const target of ['/..%2fpackage.json', '/assets/..%2f..%2fpackage.json', '/..%5cpackage.json']) {
    const response = await request.get(target);
    expect(response.status(), target).toBe(400);
    expect(await response.text()).not.toContain('playbook-sim');
  }
  // Folded to /package.json, which is not in the build: still nothing from the project root.
  expect((await request.get('/../package.json')).status()).toBe(404);
});
