// Issue 18 §3: no critical, serious or moderate axe-core finding on any screen people use — Home and its start
// form, every console view and dialog, a role station at work, the evaluator's sections, and NO PLAY on a
// station — each checked in the state a person reaches it in, with the mouse.
import type { Page } from '@playwright/test';
import { expectNoAxeFindings } from './axe-check';
import { expect, test } from './fixtures';
import { AFFECTED_TITLE, createCaddersbyExercise, inbox, openTab } from './play-steps';

const FIRST_INJECT = 'Two people collapsed on a bench in Caddersby';
const ARTICLE_4 = 'Request consultations under Article 4';
// The review is in both lists in its read-only states (before STARTEX, mid-exercise); the review's own end-to-end
// test checks it after ENDEX, the plan's forms open.
const CONSOLE_TABS = [
  'MSEL',
  'Playbook board',
  'Coordination',
  'Expected actions',
  'Stations',
  'After-action review',
] as const;
const EVALUATOR_SECTIONS = [
  'Evaluation guide',
  'Observations',
  'Ratings',
  'Live metrics',
  'Event stream',
  'After-action review',
] as const;

// Each check reads the whole page: on a busy 2-core machine a screen takes a while.
test.setTimeout(600_000);

async function openConsoleTab(console: Page, name: (typeof CONSOLE_TABS)[number]): Promise<void> {
  await console.getByRole('tab', { name }).click();
  await expect(console.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

/** From the console's Stations view: takes Article 4 consultations in the affected state's name. */
async function takeDecisionAsAffected(console: Page): Promise<void> {
  await openConsoleTab(console, 'Stations');
  await console.getByLabel('Act as').selectOption({ label: AFFECTED_TITLE });
  const decision = console.getByRole('form', { name: ARTICLE_4 });
  await decision.getByRole('button', { name: ARTICLE_4 }).click();
  await expectNoAxeFindings(console, 'the console: a decision form acting as a role');
  await decision.getByLabel('Rationale (required)').fill('Allies must consult on the attack');
  await decision.getByRole('button', { name: 'Review the decision' }).click();
  await decision.getByRole('button', { name: 'Take the decision' }).click();
  await expect(console.getByText(`Decision taken for ${AFFECTED_TITLE}`)).toBeVisible();
}

test('Home, the start form and the delete dialog', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.library-card').first()).toBeVisible();
  await expectNoAxeFindings(page, 'Home');
  await page.getByRole('button', { name: /^Start an exercise: Caddersby/ }).click();
  await expect(page.getByRole('form', { name: /^Start an exercise: Caddersby/ })).toBeVisible();
  await expectNoAxeFindings(page, 'the start form');

  // Home again, now listing an exercise, and the dialog that deletes one.
  await createCaddersbyExercise(page, 'Accessibility drill');
  await page.goto('/');
  await page.getByRole('button', { name: 'Delete…' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoAxeFindings(page, 'Home with an exercise, asking to delete it');
});

test('every console view and dialog, before and after STARTEX', async ({ page: console }) => {
  await createCaddersbyExercise(console, 'Accessibility drill');
  for (const tab of CONSOLE_TABS) {
    await openConsoleTab(console, tab);
    await expectNoAxeFindings(console, `the console's ${tab} view before STARTEX`);
  }

  await console.getByRole('button', { name: 'ENDEX…' }).click();
  await expect(console.getByRole('alertdialog')).toBeVisible();
  await expectNoAxeFindings(console, 'the ENDEX confirmation');
  await console.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();

  await console.getByRole('button', { name: 'NO PLAY…' }).click();
  await expect(console.getByRole('alertdialog', { name: 'Stop for a real-world reason' })).toBeVisible();
  await expectNoAxeFindings(console, 'the NO PLAY dialog');
  await console.getByRole('button', { name: 'Cancel' }).click();

  await console.getByRole('button', { name: 'Start (STARTEX)' }).click();
  await expect(console.getByText('Running', { exact: true }).first()).toBeVisible();

  // The MSEL: an inject's details, its edit form, the ad-hoc compose form.
  await openConsoleTab(console, 'MSEL');
  await console.getByRole('grid').getByText('Cordon and tent at Abbey Green').click();
  await console.getByRole('grid').getByText('Cordon and tent at Abbey Green').press('Enter');
  await expect(console.getByRole('region', { name: /^Details of/ })).toBeVisible();
  await expectNoAxeFindings(console, "the MSEL with an inject's details open");
  await console.getByRole('button', { name: 'Edit before release…' }).click();
  await expectNoAxeFindings(console, "the MSEL's edit form");
  await console.getByRole('button', { name: 'Cancel' }).click();
  await console.getByRole('button', { name: 'Compose ad-hoc inject…' }).click();
  await expect(console.getByRole('form', { name: 'Ad-hoc inject' })).toBeVisible();
  await expectNoAxeFindings(console, 'the ad-hoc inject form');
  await console.getByRole('form', { name: 'Ad-hoc inject' }).getByRole('button', { name: 'Cancel' }).click();

  // Act as a role, then void what was taken on the board.
  await takeDecisionAsAffected(console);
  await openConsoleTab(console, 'Playbook board');
  await console
    .getByRole('row', { name: /EU–NATO link/ })
    .getByRole('button', { name: /^Transitions/ })
    .click();
  await expectNoAxeFindings(console, "the playbook board with a mechanism's transitions open");
  await console
    .getByRole('button', { name: /^Void the decision/ })
    .first()
    .click();
  await expect(console.getByRole('dialog')).toBeVisible();
  await expectNoAxeFindings(console, 'the void dialog');
  await console.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await openConsoleTab(console, 'Expected actions');
  await expectNoAxeFindings(console, 'the expected actions after STARTEX');
  await console
    .getByRole('button', { name: /^Mark / })
    .first()
    .click();
  await expectNoAxeFindings(console, 'the form marking an expected action');

  // "View as role": the role's station inside the console.
  await openConsoleTab(console, 'Stations');
  await console.getByRole('button', { name: 'View as role' }).first().click();
  await expect(console.getByRole('button', { name: 'Stop viewing' })).toBeVisible();
  await expectNoAxeFindings(console, 'the console viewing as a role');
  await console.getByRole('button', { name: 'Stop viewing' }).click();

  await console.getByRole('button', { name: 'NO PLAY…' }).click();
  await console.getByRole('button', { name: 'Stop for a real-world reason' }).click();
  await expect(console.getByRole('button', { name: 'Lift NO PLAY' })).toBeVisible();
  await expectNoAxeFindings(console, 'the console while NO PLAY stands');
});

test('a role station at work, the evaluator and NO PLAY at both', async ({ context, page: console }) => {
  const exerciseId = await createCaddersbyExercise(console, 'Accessibility drill');
  const station = await openTab(context, `#/station/${exerciseId}/ms-affected`);
  const evaluator = await openTab(context, `#/evaluator/${exerciseId}/evaluator`);
  await expect(station.getByRole('banner')).toBeVisible();
  await expectNoAxeFindings(station, 'the station before STARTEX');
  await console.bringToFront();
  await console.getByRole('button', { name: 'Start (STARTEX)' }).click();

  await expect(inbox(station).getByText(FIRST_INJECT)).toBeVisible();
  await expectNoAxeFindings(station, "the station's inbox");
  await inbox(station).getByText(FIRST_INJECT).click();
  await expectNoAxeFindings(station, 'the station with an item open');
  const decision = station.getByRole('form', { name: ARTICLE_4 });
  await decision.getByRole('button', { name: ARTICLE_4 }).click();
  await expectNoAxeFindings(station, 'the station with a decision form open');
  await decision.getByRole('button', { name: 'Review the decision' }).click();
  await expectNoAxeFindings(station, 'the decision form with missing fields flagged');
  await decision.getByLabel('Rationale (required)').fill('Allies must consult on the attack');
  await decision.getByRole('button', { name: 'Review the decision' }).click();
  await expectNoAxeFindings(station, 'the decision under review');
  const compose = station.getByRole('region', { name: 'New message' });
  await compose.getByLabel('Subject').fill('Request for situation report');
  await expectNoAxeFindings(station, 'the station composing a message');

  for (const section of EVALUATOR_SECTIONS) {
    await evaluator.getByRole('button', { name: section }).click();
    await expect(evaluator.getByRole('button', { name: section })).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeFindings(evaluator, `the evaluator's ${section}`);
  }

  await console.bringToFront();
  await console.getByRole('button', { name: 'NO PLAY…' }).click();
  await console.getByRole('button', { name: 'Stop for a real-world reason' }).click();
  await expect(station.getByRole('alertdialog')).toBeVisible();
  await expectNoAxeFindings(station, 'NO PLAY at a station');
  await expect(evaluator.getByRole('alertdialog')).toBeVisible();
  await expectNoAxeFindings(evaluator, 'NO PLAY at the evaluator');
});
