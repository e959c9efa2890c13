// npm run screenshots: plays the start of the Salisbury-style scenario in Chromium and saves a screenshot of
// each screen under docs/screenshots/, for the README and the user guides.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { PROJECT_ROOT } from '../node-adapters/index';
import { buildIfStale } from '../station-server/index';
import { startServeProcess } from '../test/index';
import { shootReview } from './screenshot-review';

const OUT = path.join(PROJECT_ROOT, 'docs', 'screenshots');
const VIEWPORT = { width: 1440, height: 900 };

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

await mkdir(OUT, { recursive: true });
await buildIfStale();
// The exercise host as `npm start` runs it, on a data folder of its own: never the user's exercises.
const scratch = await mkdtemp(path.join(tmpdir(), 'pbsim-screenshots-'));
const dataFolder = path.join(scratch, 'exercises');
// 127.0.0.2 stands in for the laptop's room-network address: the console shows it, a "laptop" joins there.
const LAN = '127.0.0.2';
const server = await startServeProcess({ dataFolder, args: ['--host', LAN] });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const context = await browser.newContext({ viewport: VIEWPORT, baseURL: server.url });
  const controller = await context.newPage();
  await controller.goto('/');
  // Home as the controller sees it once the host has answered with its exercises.
  await controller.getByText(/^Kept by the exercise host in/).waitFor();
  await shoot(controller, 'home');
  await controller.getByRole('button', { name: /^Start an exercise: Caddersby/ }).click();
  const form = controller.getByRole('form', { name: /^Start an exercise: Caddersby/ });
  await form.getByLabel('Exercise name').fill('Caddersby tabletop, day 1');
  // The form scrolls itself to its heading when it opens: shown as the controller sees it.
  await shoot(controller, 'start-exercise');
  await form.getByRole('button', { name: 'Create and open the console' }).click();
  await controller.getByRole('button', { name: 'Start (STARTEX)' }).waitFor();
  const exerciseId = decodeURIComponent(controller.url().split('#/console/')[1] ?? '');

  const station = await context.newPage();
  await station.goto(`/#/station/${exerciseId}/ms-affected`);
  const evaluator = await context.newPage();
  await evaluator.goto(`/#/evaluator/${exerciseId}/evaluator`);
  await controller.bringToFront();
  await controller.getByRole('button', { name: 'Start (STARTEX)' }).click();
  for (let jump = 0; jump < 5; jump++) {
    await controller.getByRole('button', { name: 'Jump to next inject' }).click();
    await controller.waitForTimeout(300);
  }
  await controller.getByRole('button', { name: 'Pause' }).click();

  // A participant reads an inject and takes a decision.
  await station.bringToFront();
  await station
    .getByRole('region', { name: /^Inbox/ })
    .getByText('Two people collapsed on a bench')
    .click();
  const decision = station.getByRole('form', { name: 'Report a hostile narrative (DISARM-tagged)' });
  await decision.getByRole('button', { name: 'Report a hostile narrative (DISARM-tagged)' }).click();
  await decision
    .getByLabel(/Narrative/)
    .first()
    .fill('Hostile state media claim the poisoning was staged');
  await decision.getByLabel('Rationale (required)').fill('Partners need to see the narrative early');
  await station.evaluate('window.scrollTo(0, 0)');
  await shoot(station, 'role-station');

  // The evaluator records an observation.
  await evaluator.bringToFront();
  await shoot(evaluator, 'evaluator-guide');
  await evaluator.getByRole('button', { name: 'Observations' }).click();
  await evaluator
    .getByLabel('What you observed')
    .fill('The crisis centre logged the incident within minutes');
  await evaluator.getByRole('button', { name: 'Record observation' }).click();
  await shoot(evaluator, 'evaluator-observations');
  await evaluator.getByRole('button', { name: 'Live metrics' }).click();
  await shoot(evaluator, 'evaluator-metrics');

  await controller.bringToFront();
  await shoot(controller, 'console-msel');

  // The controller takes decisions for roles: Member State A withholds consensus in the NAC, then the
  // white cell's NAC (not played in this scenario) tries a statement and is refused while the objection stands.
  await controller.getByRole('tab', { name: 'Stations' }).click();
  const actAs = controller.getByLabel('Act as');
  const takeFor = async (role: string, title: string, fields: Record<string, string>) => {
    await actAs.selectOption(role);
    const form = controller.getByRole('form', { name: title });
    const toggle = form.getByRole('button', { name: title });
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
    await form.getByRole('button', { name: 'Review the decision' }).click();
    await form.getByRole('button', { name: 'Take the decision' }).click();
    return form;
  };
  await takeFor('ms-a', 'An Ally withholds consensus in the NAC', {
    'Rationale (required)': 'Wants the laboratory evidence first',
  });
  await controller.getByRole('status').filter({ hasText: 'Decision taken for' }).waitFor();
  const statement = await takeFor('nac', 'Issue a NAC statement (by consensus)', {
    'Statement (required)': 'Allies condemn the use of a nerve agent on Allied territory.',
    'Rationale (required)': 'NATO is not live: the white cell plays the NAC',
  });
  await statement.getByRole('alert').waitFor();
  await statement.scrollIntoViewIfNeeded();
  await shoot(controller, 'console-act-as');
  for (const [tab, name] of [
    ['Playbook board', 'console-board'],
    ['Coordination', 'console-coordination'],
    ['Expected actions', 'console-expected'],
    ['Stations', 'console-stations'],
  ] as const) {
    await controller.getByRole('tab', { name: tab }).click();
    await shoot(controller, name);
  }

  // The room network: the address to give out, the codes with a QR code shown, and a laptop joining.
  const lanPanel = controller.getByRole('region', { name: 'Stations on the room network' });
  const firstCode = lanPanel.getByRole('row').filter({ hasText: 'participant' }).first();
  await firstCode.getByRole('button', { name: 'QR code' }).click();
  await controller.evaluate("document.getElementById('lan-heading')?.scrollIntoView({ block: 'start' })");
  await shoot(controller, 'console-lan');
  const laptop = await browser.newContext({ viewport: VIEWPORT, baseURL: `http://${LAN}:${server.port}` });
  const joining = await laptop.newPage();
  await joining.goto('/');
  await joining.getByLabel('Join code').fill('km7 hxr 3c');
  await shoot(joining, 'join');
  await laptop.close();

  await controller.getByRole('button', { name: 'NO PLAY…' }).click();
  await controller
    .getByLabel('Notice shown on every station')
    .fill('Fire alarm in building B: leave by the east stairs');
  await controller.getByRole('button', { name: 'Stop for a real-world reason' }).click();
  await station.bringToFront();
  await station.getByRole('alertdialog').waitFor();
  await shoot(station, 'no-play');
  await controller.getByRole('button', { name: 'Lift NO PLAY' }).click();

  await station.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  await station.getByRole('alertdialog').waitFor({ state: 'detached' });
  await shoot(station, 'role-station-nl');

  // The after-action review of a whole exercise, played by automated roles: in a browser profile of its own,
  // in English (the station above chose Dutch for this profile).
  await shootReview(await browser.newContext({ viewport: VIEWPORT, baseURL: server.url }), shoot);
} finally {
  await browser.close();
  await server.stop();
  await rm(scratch, { recursive: true, force: true });
}
