// Issue 22: the after-action review in real Chromium. The Salisbury-style scenario is played to its end at
// maximum speed by automated roles; the evaluator records an observation, a rating and a corrective action;
// the review is scrubbed to a key event and what it shows is checked against the journal on the host's disk;
// a chart is switched to its table and a figure read and checked against the metrics of that journal; and
// every view of the review passes axe. Then the report: saved as HTML at the console and read back (in a page
// with no network, printed to PDF, its text checked against the journal's metrics), and printed from the
// evaluator station with the report alone on paper.
import { readFileSync } from 'node:fs';
import {
  computeMetrics,
  contentOfCreated,
  decodeJournal,
  ExerciseReadModels,
  journalHead,
  type ExerciseEvent,
} from '../../core/index';
import { exerciseFiles } from '../../station-server/index';
import { expectNoAxeFindings } from './axe-check';
import { expect, test } from './fixtures';
import { pagesOf } from './pdf-text';
import { playToTheEndByAgents } from './agent-play';
import { createCaddersbyExercise, openTab } from './play-steps';

const OBSERVATION = 'Alerts went out within the hour';

// 43 scenario days at maximum speed, then the review on a busy 2-core machine.
test.setTimeout(480_000);

/** The journal the host wrote, read from its data folder: the record the review must agree with. */
function journalOf(dataFolder: string, exerciseId: string): ExerciseEvent[] {
  const text = readFileSync(exerciseFiles(dataFolder, exerciseId).journal, 'utf8');
  return decodeJournal(text, { trusted: false }).events;
}

test('play to the end, evaluate, then review: scrub, read a chart as a table, write the plan, save and print the report', async ({
  page: console,
  context,
  host,
}) => {
  const exerciseId = await createCaddersbyExercise(console, 'Review drill');
  const evaluator = await openTab(context, `#/evaluator/${exerciseId}/evaluator`);
  await console.bringToFront();
  await playToTheEndByAgents(console);

  // The evaluator's observation (a strength) and rating of the first objective.
  await evaluator.bringToFront();
  await evaluator.getByRole('button', { name: 'Observations' }).click();
  await evaluator.getByLabel('Kind').selectOption('strength');
  await evaluator.getByLabel('What you observed').fill(OBSERVATION);
  await evaluator.getByRole('button', { name: 'Record observation' }).click();
  // The observation as recorded (the form's field may still hold the text a moment after).
  await expect(evaluator.locator('p.observation-text', { hasText: OBSERVATION })).toBeVisible({
    timeout: 20_000,
  });
  await evaluator.getByRole('button', { name: 'Ratings' }).click();
  const firstObjective = evaluator.getByRole('article').first();
  await firstObjective.getByLabel(/^S — /).check();
  await firstObjective.getByLabel('Justification').fill('Fast alerts, slow public line');
  await firstObjective.getByRole('button', { name: 'Give rating' }).click();
  // The rating as recorded (the form's field may still hold the text a moment after).
  await expect(firstObjective.locator('p', { hasText: 'Fast alerts, slow public line' })).toBeVisible({
    timeout: 20_000,
  });

  // The review at the evaluator station, on its own copy of the log.
  await evaluator.getByRole('button', { name: 'After-action review' }).click();
  await expect(evaluator.getByText(/^The exercise has ended: the review reads its whole log/)).toBeVisible({
    timeout: 60_000,
  });
  await expectNoAxeFindings(evaluator, 'the review: timeline at the end');

  // Scrub to a key event in the middle of the exercise and check what is shown against the journal.
  const jump = evaluator.getByRole('combobox', { name: /^Jump to/ });
  const options = await jump
    .locator('option')
    .evaluateAll((items) =>
      items.map((item) => ({ value: (item as HTMLOptionElement).value, text: item.textContent ?? '' })),
    );
  const keyEvents = options.filter((option) => option.value !== '');
  expect(keyEvents.length).toBeGreaterThan(3);
  const chosen = keyEvents[Math.floor(keyEvents.length / 2)]!;
  await jump.selectOption(chosen.value);
  const atMs = Number(chosen.value);
  const events = journalOf(host.dataFolder, exerciseId);
  const upTo = events.filter((event) => event.scenarioMs <= atMs);
  const then = ExerciseReadModels.of(upTo, contentOfCreated(events[0]!));
  const decisions = [...then.history.decisions()];
  const standing = decisions.filter((decision) => decision.voided === null).length;
  await expect(
    evaluator.getByRole('heading', {
      name: `Decisions taken by then: ${standing} standing, ${decisions.length - standing} voided`,
    }),
  ).toBeVisible();
  const started = [...then.history.actors()].filter(
    ([, records]) => records[0]?.machine !== 'playbook-phases',
  );
  await expect(evaluator.getByText(`Mechanisms and their states (${started.length} started)`)).toBeVisible();
  const affectedReceived = [...then.injects.all()].filter(
    (inject) => inject.recipients.get('ms-affected')?.delivered,
  ).length;
  await expect(evaluator.locator('tr[data-role="ms-affected"] td').first()).toHaveText(
    String(affectedReceived),
  );

  // The improvement plan: a corrective action answering the first objective, written after ENDEX.
  const reviewViews = evaluator.getByRole('navigation', { name: 'Review views' });
  await reviewViews.getByRole('button', { name: 'Improvement plan' }).click();
  const add = evaluator.getByRole('form', { name: 'Add a corrective action' });
  await add.getByLabel('What is to be done').fill('Agree a joint public line template with NATO');
  await add.getByLabel('Owner: a role or an organisation').fill('EEAS StratCom');
  await add.getByRole('button', { name: 'Add corrective action' }).click();
  // The action as recorded (the form's field may still hold the text a moment after).
  await expect(
    evaluator.getByRole('article').filter({ hasText: 'Agree a joint public line template with NATO' }),
  ).toBeVisible({ timeout: 20_000 });

  // Every view of the review passes axe.
  for (const view of ['Charts', 'Decisions', 'Objectives', 'Improvement plan'] as const) {
    await evaluator
      .getByRole('navigation', { name: 'Review views' })
      .getByRole('button', { name: view })
      .click();
    await expectNoAxeFindings(evaluator, `the review: ${view}`);
  }

  // At the console, on the engine's log: a chart switched to its table reads as metrics.json says.
  await console.bringToFront();
  await console.getByRole('tab', { name: 'After-action review' }).click();
  await console
    .getByRole('navigation', { name: 'Review views' })
    .getByRole('button', { name: 'Charts' })
    .click();
  const metrics = computeMetrics(events, contentOfCreated(events[0]!));
  const acknowledgement = console.getByRole('figure', { name: /Acknowledgement/ });
  await acknowledgement.getByRole('button', { name: 'Show table' }).click();
  const affected = metrics.acknowledgement.find((row) => row.role === 'ms-affected')!;
  const row = acknowledgement.getByRole('row', { name: /Affected Member State/ });
  await expect(row.getByRole('cell').first()).toHaveText(String(affected.delivered));

  // The report (issue 24) at the console: saved as HTML, then read back as its reader would, in a page of
  // its own with no network, and printed there to PDF.
  await console
    .getByRole('navigation', { name: 'Review views' })
    .getByRole('button', { name: 'Report' })
    .click();
  await expectNoAxeFindings(console, 'the review: Report');
  const downloading = console.waitForEvent('download');
  await console.getByRole('button', { name: 'Save as HTML' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${exerciseId}-report-en.html`);
  const html = readFileSync(await download.path(), 'utf8');
  const reader = await context.newPage();
  const requested: string[] = [];
  reader.on('request', (request) => requested.push(request.url()));
  await reader.setContent(html);
  expect(requested).toEqual([]);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    'After-action report and improvement plan',
  );
  // The marking the exercise was created with, as its journal on the host's disk records it.
  const final = journalOf(host.dataFolder, exerciseId);
  const created = final[0]!;
  const marking = created.type === 'exercise.created' ? created.payload.exerciseMarking.toUpperCase() : '';
  expect(marking).not.toBe('');
  const pages = pagesOf(await reader.pdf({ format: 'A4' }));
  expect(pages.length).toBeGreaterThan(5);
  // Each page's foot: the marking, the page number, and the journal's head after the report's last event
  // (issue 25), worked out from the lines of the journal on the host's disk.
  const sealed = Number(/Journal head after event (\d+), key /.exec(pages[0] ?? '')?.[1]);
  const journalLines = readFileSync(exerciseFiles(host.dataFolder, exerciseId).journal, 'utf8').split('\n');
  const head = journalHead(exerciseId, journalLines.slice(0, sealed));
  for (const [index, text] of pages.entries()) {
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    expect(lines[0]?.trim(), `page ${index + 1}`).toBe(marking);
    const foot = lines.slice(-4).join('\n');
    expect(foot, `page ${index + 1}`).toMatch(
      new RegExp(`${marking}\\s+${index + 1} ?/ ?${pages.length}\\n`),
    );
    expect(foot, `page ${index + 1}`).toMatch(new RegExp(`${head.slice(0, 32)}[\\s\\S]*${head.slice(32)}`));
  }
  const printed = pages.join('\n');
  // The observation and the rating's rationale are paragraphs on paper; the corrective action sits in a narrow
  // column of the plan's table, so it is read in the document itself.
  for (const written of [OBSERVATION, 'Fast alerts, slow public line']) expect(printed).toContain(written);
  await expect(reader.getByRole('region', { name: 'Improvement plan' })).toContainText(
    'Agree a joint public line template with NATO',
  );
  // A figure of the annex, as metrics.json of the journal on the host's disk has it (now, after the plan).
  const finalMetrics = computeMetrics(final, contentOfCreated(final[0]!));
  expect(printed).toMatch(new RegExp(`exercise\\.events\\s+${finalMetrics.exercise.events}\\b`));
  expect(printed).toMatch(
    new RegExp(`expectedActions\\.released\\s+${finalMetrics.expectedActions.released}\\b`),
  );
  await reader.close();

  // At the evaluator station, the print: the browser's print shows the report alone, under its file name.
  await evaluator.bringToFront();
  await evaluator
    .getByRole('navigation', { name: 'Review views' })
    .getByRole('button', { name: 'Report' })
    .click();
  await evaluator.emulateMedia({ media: 'print' });
  await evaluator.evaluate(() => {
    const seen: { title: string; report: boolean; views: boolean; sheets: number }[] = [];
    const before = document.adoptedStyleSheets.length;
    (window as unknown as { printed: typeof seen }).printed = seen;
    const shown = (element: Element | null) =>
      element !== null && getComputedStyle(element).display !== 'none';
    window.print = () => {
      seen.push({
        title: document.title,
        report: shown(document.querySelector('.report-print-area')),
        views: shown(document.querySelector('nav[aria-label="Review views"]')),
        sheets: document.adoptedStyleSheets.length - before,
      });
    };
  });
  await evaluator.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect(evaluator.getByRole('status').filter({ hasText: 'to print' })).toHaveText(
    `Sent ${exerciseId}-report-en.pdf to print.`,
  );
  const seen = await evaluator.evaluate(() => (window as unknown as { printed: unknown[] }).printed);
  // The marking's print rules were adopted for the print (one sheet), and only the report was on paper.
  expect(seen).toEqual([{ title: `${exerciseId}-report-en`, report: true, views: false, sheets: 1 }]);
  await evaluator.emulateMedia({ media: null });
});
