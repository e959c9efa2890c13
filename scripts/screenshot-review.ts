// The after-action review's screenshots for `npm run screenshots`: the Salisbury-style scenario played to its
// end by automated roles at maximum speed, an evaluator's observations, rating and corrective actions, then
// the review's timeline scrubbed to the middle of the exercise, its charts, the improvement plan, and the
// exercise compared with a headless doctrine run of the same scenario.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { playToTheEndByAgents, runCli } from '../test/index';

export async function shootReview(
  context: BrowserContext,
  shoot: (page: Page, name: string) => Promise<void>,
): Promise<void> {
  const controller = await context.newPage();
  await controller.goto('/');
  await controller.getByRole('button', { name: /^Start an exercise: Caddersby/ }).click();
  const form = controller.getByRole('form', { name: /^Start an exercise: Caddersby/ });
  await form.getByLabel('Exercise name').fill('Caddersby, whole scenario (automated roles)');
  await form.getByRole('button', { name: 'Create and open the console' }).click();
  await controller.getByRole('button', { name: 'Start (STARTEX)' }).waitFor();
  const exerciseId = decodeURIComponent(controller.url().split('#/console/')[1] ?? '');
  const evaluator = await context.newPage();
  await evaluator.goto(`/#/evaluator/${exerciseId}/evaluator`);
  await controller.bringToFront();
  await playToTheEndByAgents(controller);

  await evaluator.bringToFront();
  await evaluator.getByRole('button', { name: 'Observations' }).click();
  for (const [kind, text] of [
    ['strength', 'The national crisis centre alerted partners within the hour'],
    ['improvement', 'No agreed public line with NATO for two days'],
  ] as const) {
    await evaluator.getByLabel('Kind').selectOption(kind);
    await evaluator.getByLabel('What you observed').fill(text);
    await evaluator.getByRole('button', { name: 'Record observation' }).click();
    await evaluator.getByText(text).first().waitFor();
  }
  await evaluator.getByRole('button', { name: 'Ratings' }).click();
  const objective = evaluator.getByRole('article').first();
  await objective.getByLabel(/^S — /).check();
  await objective.getByLabel('Justification').fill('Fast alerts; the public line lagged');
  await objective.getByRole('button', { name: 'Give rating' }).click();
  await objective.getByText('Fast alerts; the public line lagged').waitFor();

  await evaluator.getByRole('button', { name: 'After-action review' }).click();
  const views = evaluator.getByRole('navigation', { name: 'Review views' });
  await views.getByRole('button', { name: 'Improvement plan' }).click();
  const add = evaluator.getByRole('form', { name: 'Add a corrective action' });
  await add.getByLabel('What is to be done').fill('Agree a joint public line template with NATO PDD');
  await add.getByLabel('Owner: a role or an organisation').fill('EEAS StratCom');
  await add.getByLabel('Objective it answers (optional)').selectOption({ index: 1 });
  await add.getByLabel(/^Area for improvement: No agreed public line/).check();
  await add.getByRole('button', { name: 'Add corrective action' }).click();
  await evaluator.getByText('Agree a joint public line template with NATO PDD').waitFor();
  await shoot(evaluator, 'review-plan');

  await views.getByRole('button', { name: 'Timeline' }).click();
  const jump = evaluator.getByRole('combobox', { name: /^Jump to/ });
  const options = jump.locator('option');
  const values: string[] = [];
  for (let index = 1; index < (await options.count()); index += 1)
    values.push((await options.nth(index).getAttribute('value')) ?? '');
  await jump.selectOption(values[Math.floor(values.length / 2)] ?? '');
  await shoot(evaluator, 'review-timeline');
  await views.getByRole('button', { name: 'Charts' }).click();
  await shoot(evaluator, 'review-charts');
  // The report as it will be saved, under its export buttons.
  await views.getByRole('button', { name: 'Report' }).click();
  await evaluator.getByRole('heading', { name: 'After-action report and improvement plan' }).waitFor();
  await shoot(evaluator, 'review-report');

  // The exercise beside a headless doctrine run of the same scenario, loaded from its journal file.
  const folder = await mkdtemp(path.join(tmpdir(), 'pbsim-screenshot-doctrine-'));
  try {
    const ran = await runCli(
      'run',
      'scenarios/salisbury-style',
      '--policy',
      'doctrine',
      '--seed',
      '3',
      '--out',
      folder,
    );
    if (ran.code !== 0) throw new Error(`the headless doctrine run failed: ${ran.all}`);
    await views.getByRole('button', { name: 'Compare' }).click();
    await evaluator.getByLabel(/^Or a journal file/).setInputFiles(path.join(folder, 'events.jsonl'));
    await evaluator.getByText(/ figures differ\.$/).waitFor({ timeout: 120_000 });
    await shoot(evaluator, 'review-compare');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
