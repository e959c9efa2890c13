// Loading a backup through Home's "Load a backup…", as a user does it: the file chooser, then what the page
// shows. Timed from choosing the file (the moment the chooser is answered), on the page's own clock.
import type { Page } from '@playwright/test';
import { firstRowsAt, pageNowAt, waitForWholeLog } from './page-timing';

const LISTED_ROWS = `document.querySelectorAll('.exercises tbody tr').length`;
/** Restores of 100,000 events took 17–21 s in the tab before the host; ten minutes means something is stuck. */
const GIVE_UP_MS = 600_000;

/** Opens the file chooser through Home's button and answers it with `file`; returns the page's clock then. */
async function chooseBackup(page: Page, file: string): Promise<number> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Load a backup…' }).click();
  const answer = await chooser;
  const chosenAt = await pageNowAt(page);
  await answer.setFiles(file);
  return chosenAt;
}

/** Polls `done` every 100 ms until it is true; names `what` when it gives up. */
async function pollUntil(page: Page, what: string, done: () => Promise<boolean>): Promise<void> {
  if (!(await pollFor(page, GIVE_UP_MS, done))) throw new Error(`${what} within 10 minutes`);
}

/** Polls `done` every 100 ms for at most `limitMs`; true when it came true. */
async function pollFor(page: Page, limitMs: number, done: () => Promise<boolean>): Promise<boolean> {
  const started = performance.now();
  while (!(await done())) {
    if (performance.now() - started > limitMs) return false;
    await page.waitForTimeout(100);
  }
  return true;
}

/**
 * The list can show the exercise a moment before Home's notice of the load (the list comes over the socket,
 * the notice with the answer to the upload): how long to wait for the notice's link once the list has it.
 */
const NOTICE_AFTER_LIST_MS = 5_000;

/**
 * Home's load of a backup, done when the list of exercises has one more row (an earlier "Loaded" notice may
 * still show): how the benchmark has timed it since issue 6, for the app before the host.
 */
export async function loadBackupUntilListed(page: Page, file: string): Promise<number> {
  const before = (await page.evaluate(LISTED_ROWS)) as number;
  const refusal = await newAlert(page);
  const chosenAt = await chooseBackup(page, file);
  const listed = async () => ((await page.evaluate(LISTED_ROWS)) as number) > before;
  await pollUntil(
    page,
    `${file} was not listed`,
    async () => (await listed()) || (await refusal()) !== undefined,
  );
  const refused = await refusal();
  if (refused !== undefined && !(await listed())) throw new BackupRefused(refused.trim());
  return (await pageNowAt(page)) - chosenAt;
}

/** Home said it will not load the backup (an older app cannot read a newer journal): its own words. */
export class BackupRefused extends Error {}

/** The text of an alert the page shows from now on, not one it showed already. */
async function newAlert(page: Page): Promise<() => Promise<string | undefined>> {
  const alerts = page.getByRole('alert');
  const shown = new Set(await alerts.allInnerTexts());
  return async () => (await alerts.allInnerTexts()).find((text) => !shown.has(text) && text.trim() !== '');
}

export interface Restore {
  /** Choosing the file to Home's answer (the link, the exercise listed): the host's part of the restore. */
  answeredMs: number;
  /** Choosing the file to the console's first MSEL rows painted. */
  firstRowsMs: number;
  /** Choosing the file to the console no longer reading the log. */
  wholeLogMs: number;
  /** How the console was reached: the notice's link, its address when Home offers no link, or Home itself. */
  openedBy: 'link' | 'address' | 'home';
  /** The console's address once it showed the exercise, to open it again. */
  consoleUrl: string;
}

/**
 * Home's load of a backup on a fresh Home page, then on into the console: through the notice's "Open the
 * console" link, or, when the page has none, by the console's address once Home lists the exercise; a Home
 * that opens the console by itself is let do so. A refusal on Home fails the benchmark with Home's own words.
 */
export async function restoreIntoConsole(page: Page, file: string, exerciseId: string): Promise<Restore> {
  const openLink = page.getByRole('link', { name: 'Open the console', exact: true });
  const alerts = page.locator('.exercises [role="alert"]');
  const notices = page.locator('.exercises [role="status"]');
  const consoleRows = page.locator('.msel-body [role="row"]');
  const before = (await page.evaluate(LISTED_ROWS)) as number;
  // Only a problem Home shows after the file was chosen is its answer to it.
  const alertsBefore = new Set(await alerts.allInnerTexts());
  const noticesBefore = new Set(await notices.allInnerTexts());
  const refusal = async () => (await alerts.allInnerTexts()).find((text) => !alertsBefore.has(text));
  const answered = async () =>
    (await openLink.count()) > 0 || (await consoleRows.count()) > 0 || (await refusal()) !== undefined;
  const listed = async () => ((await page.evaluate(LISTED_ROWS)) as number) > before;
  const noticed = async () => (await notices.allInnerTexts()).some((text) => !noticesBefore.has(text));
  const chosenAt = await chooseBackup(page, file);
  await pollUntil(page, `Home did not list ${file}`, async () => (await answered()) || (await listed()));
  // Listed, but Home's notice (with its link, if it has one) may be a moment behind.
  if (!(await answered()))
    await pollFor(page, NOTICE_AFTER_LIST_MS, async () => (await answered()) || (await noticed()));
  const answeredMs = (await pageNowAt(page)) - chosenAt;
  const refused = await refusal();
  if (refused !== undefined) throw new Error(`Home refused ${file}: ${refused.trim()}`);
  let openedBy: Restore['openedBy'];
  if ((await consoleRows.count()) > 0) openedBy = 'home';
  else if ((await openLink.count()) > 0) {
    await openLink.first().click();
    openedBy = 'link';
  } else {
    await page.evaluate(`location.hash = ${JSON.stringify(`#/console/${exerciseId}`)}`);
    openedBy = 'address';
  }
  const firstRowsMs = (await firstRowsAt(page)) - chosenAt;
  await waitForWholeLog(page);
  const wholeLogMs = (await pageNowAt(page)) - chosenAt;
  return { answeredMs, firstRowsMs, wholeLogMs, openedBy, consoleUrl: page.url() };
}
