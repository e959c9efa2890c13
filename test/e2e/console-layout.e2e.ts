// The console at 1024 px, as a controller on a small laptop has it (issue 18 §3): no page wider than the
// window on any view, the MSEL's marking, status and track whole, details that come where the eye is and
// give the keyboard back, the view kept across a reload, and a way back to Home.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createCaddersbyExercise } from './play-steps';

test.use({ viewport: { width: 1024, height: 768 } });

const VIEWS = ['MSEL', 'Playbook board', 'Coordination', 'Expected actions', 'Stations'];

/** The page scrolls sideways only when its content is wider than the window. */
const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The marking, status and track cells of the rows in view whose text does not fit: cell or badge. */
const clippedCells = (page: Page) =>
  page.evaluate(() => {
    const clipped: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>(
      '.msel-body .msel-marking, .msel-body .msel-status, .msel-body .msel-track',
    )) {
      const parts = [cell, ...cell.querySelectorAll<HTMLElement>('span')];
      if (parts.some((part) => part.scrollWidth > part.clientWidth)) clipped.push(cell.textContent ?? '');
    }
    return clipped;
  });

test('the console fits 1024 px, with the MSEL’s marking, status and track whole', async ({ page }) => {
  await createCaddersbyExercise(page, 'Narrow screen');
  await page.getByRole('button', { name: 'Start (STARTEX)' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  for (const view of VIEWS) {
    await page.getByRole('tab', { name: view }).click();
    await expect(page.getByRole('tab', { name: view })).toHaveAttribute('aria-selected', 'true');
    expect(await pageOverflow(page), `the page overflows sideways on ${view}`).toBeLessThanOrEqual(0);
  }
  await page.getByRole('tab', { name: 'MSEL' }).click();
  const grid = page.getByRole('grid', { name: 'MSEL injects' });
  for (const header of ['Marking', 'Status', 'Track'])
    await expect(grid.getByRole('columnheader', { name: header })).toBeVisible();
  await expect(grid.locator('.msel-body .msel-marking').first()).toBeVisible();
  expect(await grid.locator('.msel-body .msel-track').count()).toBeGreaterThan(0);
  expect(await clippedCells(page)).toEqual([]);
  // Nothing scrolls sideways inside the grid either: the grid dropped columns instead.
  expect(await grid.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: '.scratch/console-1024.png', fullPage: false });
});

test('MSEL details come into view with the keyboard in them, and closing gives it back to the row', async ({
  page,
}) => {
  await createCaddersbyExercise(page, 'Details');
  const grid = page.getByRole('grid', { name: 'MSEL injects' });
  await grid.focus();
  await page.keyboard.press('End');
  const selected = await grid.getAttribute('aria-activedescendant');
  const id = (selected ?? '').replace(/^msel-row-/, '');
  expect(id).not.toBe('');
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: `Details of ${id}` });
  await expect(details).toBeFocused();
  await expect(details).toBeInViewport();
  await page.screenshot({ path: '.scratch/console-1024-details.png' });
  await details.getByRole('button', { name: 'Close details' }).click();
  await expect(grid).toBeFocused();
  await expect(grid).toHaveAttribute('aria-activedescendant', `msel-row-${id}`);
  await expect(page.locator(`#msel-row-${id}`)).toBeInViewport();
});

test('the console keeps its view across a reload, and has a link back to Home', async ({ page }) => {
  await createCaddersbyExercise(page, 'Reload');
  await page.getByRole('tab', { name: 'Expected actions' }).click();
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Expected actions' })).toHaveAttribute('aria-selected', 'true', {
    timeout: 60_000,
  });
  await page
    .getByRole('navigation', { name: 'Console navigation' })
    .getByRole('link', { name: /Home/ })
    .click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('button', { name: /^Start an exercise: Caddersby/ })).toBeVisible();
});
