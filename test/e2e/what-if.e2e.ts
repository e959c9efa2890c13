// Issue 23 in real Chromium: a finished exercise branched at a point and played otherwise, the branch compared
// with its origin and checked against it; and the exercise compared with a headless doctrine run of the same
// scenario loaded from its journal file. The figures shown are checked against compareRuns on the journals
// the host wrote.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  compareRuns,
  contentOfCreated,
  decodeJournal,
  ExerciseReadModels,
  type ExerciseEvent,
} from '../../core/index';
import { exerciseFiles } from '../../station-server/index';
import { runCli } from '../fixtures/cli-harness';
import { playToTheEndByAgents } from './agent-play';
import { expectNoAxeFindings } from './axe-check';
import { expect, test } from './fixtures';
import { AFFECTED_TITLE, createCaddersbyExercise } from './play-steps';

const ARTICLE_4 = 'Request consultations under Article 4';

// 43 scenario days at maximum speed, a branch, two comparisons, on a busy 2-core machine.
test.setTimeout(600_000);

function modelsOf(events: readonly ExerciseEvent[]): ExerciseReadModels {
  return ExerciseReadModels.of(events, contentOfCreated(events[0]!));
}

function journalOf(dataFolder: string, exerciseId: string): ExerciseEvent[] {
  const text = readFileSync(exerciseFiles(dataFolder, exerciseId).journal, 'utf8');
  return decodeJournal(text, { trusted: false }).events;
}

async function openReview(console: Page, view: string): Promise<void> {
  await console.getByRole('tab', { name: 'After-action review' }).click();
  await console.getByRole('navigation', { name: 'Review views' }).getByRole('button', { name: view }).click();
}

test('branch a finished exercise, play it otherwise, and compare it with its origin', async ({
  page: console,
  host,
}) => {
  const originId = await createCaddersbyExercise(console, 'What-if drill');
  await playToTheEndByAgents(console);

  // The timeline at its first key event after the start, then a branch from there.
  await openReview(console, 'Timeline');
  const jump = console.getByRole('combobox', { name: /^Jump to/ });
  const firstKey = await jump.locator('option').nth(1).getAttribute('value');
  await jump.selectOption(firstKey!);
  await console.getByRole('button', { name: 'Branch from this point…' }).click();
  const form = console.getByRole('form', { name: /^Play a what-if branch from / });
  await form.getByLabel('Name of the branch').fill('What-if drill — Article 4 at once');
  await expectNoAxeFindings(console, 'the review: the branch form');
  await form.getByRole('button', { name: 'Make the branch' }).click();
  await expect(console.getByRole('status').filter({ hasText: 'Branch made' })).toBeVisible({
    timeout: 60_000,
  });
  await console.getByRole('link', { name: 'Open the branch’s console' }).click();
  await expect(console.getByText('What-if drill — Article 4 at once').first()).toBeVisible({
    timeout: 60_000,
  });
  const branchId = decodeURIComponent(console.url().split('#/console/')[1] ?? '');
  expect(branchId).not.toBe(originId);

  // Played otherwise: the affected state asks for Article 4 consultations at once, then ENDEX.
  await console.getByLabel('Speed').selectOption('1');
  await console.getByRole('button', { name: 'Resume' }).click();
  await console.getByRole('tab', { name: 'Stations' }).click();
  await console.getByLabel('Act as').selectOption({ label: AFFECTED_TITLE });
  const decision = console.getByRole('form', { name: ARTICLE_4 });
  await decision.getByRole('button', { name: ARTICLE_4 }).click();
  await decision.getByLabel('Rationale (required)').fill('Consult the Allies before anything else');
  await decision.getByRole('button', { name: 'Review the decision' }).click();
  await decision.getByRole('button', { name: 'Take the decision' }).click();
  await expect(console.getByText(`Decision taken for ${AFFECTED_TITLE}`)).toBeVisible();
  await console.getByRole('button', { name: 'ENDEX…' }).click();
  await console.getByRole('alertdialog').getByRole('button', { name: 'ENDEX', exact: true }).click();
  await console.getByText('The exercise has ended (ENDEX).', { exact: false }).first().waitFor();

  // The branch's review: where it left its origin, the check, and the comparison with the origin.
  await openReview(console, 'Timeline');
  await expect(console.getByText(/^What-if branch of What-if drill, from /)).toBeVisible();
  await console.getByRole('button', { name: 'Check it against the origin' }).click();
  await expect(
    console.getByText('The part before the branch is event for event the same as its origin’s.'),
  ).toBeVisible({ timeout: 60_000 });
  await openReview(console, 'Compare');
  await expect(console.getByRole('combobox', { name: 'An exercise on this host' })).toHaveValue(originId);
  await console.getByRole('button', { name: 'Load and compare' }).click();
  await expect(console.getByText(/^Branch at .* \(event \d+\)/)).toBeVisible({ timeout: 120_000 });

  // The figures on screen are compareRuns of the two journals on the host's disk.
  const expected = compareRuns(
    modelsOf(journalOf(host.dataFolder, branchId)),
    modelsOf(journalOf(host.dataFolder, originId)),
  );
  await expect(
    console.getByText(`${expected.differing} of ${expected.figures.length} figures differ.`),
  ).toBeVisible();
  const ours = expected.decisionsAfterBranch?.a.map((taken) => taken.event) ?? [];
  expect(ours).toContain('REQUEST_ARTICLE_4');
  await expect(console.getByText(ARTICLE_4).first()).toBeVisible();
  await expectNoAxeFindings(console, 'the review: a branch compared with its origin');
});

test('compare an exercise with a headless doctrine run of the same scenario, loaded from its file', async ({
  page: console,
  host,
}) => {
  const exerciseId = await createCaddersbyExercise(console, 'Doctrine yardstick');
  await playToTheEndByAgents(console);
  const folder = mkdtempSync(path.join(tmpdir(), 'pbsim-e2e-doctrine-'));
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
  expect(ran.code).toBe(0);
  const file = path.join(folder, 'events.jsonl');

  await openReview(console, 'Compare');
  await console.getByLabel(/^Or a journal file/).setInputFiles(file);
  const doctrine = decodeJournal(readFileSync(file, 'utf8'), { trusted: false }).events;
  const expected = compareRuns(modelsOf(journalOf(host.dataFolder, exerciseId)), modelsOf(doctrine));
  await expect(
    console.getByText(`${expected.differing} of ${expected.figures.length} figures differ.`),
  ).toBeVisible({ timeout: 120_000 });
  // A chart read as its table: T_decide of all mechanisms, with the verdict compareRuns gives it.
  await console.getByLabel('Show only differences').uncheck();
  const stages = console.getByRole('figure', { name: /^Response stages/ });
  await stages.getByRole('button', { name: 'Show table' }).click();
  const decide = expected.figures.find((figure) => figure.key === 'stage:all:decide')!;
  const words = { same: 'same', better: 'better', worse: 'worse', changed: 'changed' } as Record<
    string,
    string
  >;
  const verdict =
    words[decide.verdict] ?? (decide.verdict === 'only-a' ? 'only in this run' : 'only in the other run');
  await expect(stages.getByRole('row', { name: /^All mechanisms: Decide/ })).toContainText(verdict);
  await expectNoAxeFindings(console, 'the review: compared with a headless doctrine run');
});
