// Clients that outlive the host (issue 16 §3): every screen keeps a working copy of the exercise in its
// browser's IndexedDB. The console's browser killed mid-exercise reopens from its copy with nothing recorded
// lost; a wiped profile rebuilds the copy from the host; a stopped host leaves the console showing its copy
// read-only and a station reading its copy and queueing what is sent (issue 20), both saying why, until it returns.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoFaults, launchPersistentStation, test, watchContext } from './fixtures';
import { createCaddersbyExercise, inbox, openTab, sendNatoOnlyInject } from './play-steps';

const FIRST_INJECT = 'Two people collapsed on a bench in Caddersby';
const SECOND_INJECT = 'Cordon and tent at Abbey Green';
const AD_HOC = 'Hospital asks for decontamination support';

// What the console says it did with its copy (renderer/i18n/catalogues/console.en.ts).
const OPENED_FROM_COPY = /^Opened from this browser’s copy/;
const REBUILT =
  /^This browser had no copy of this exercise: it now keeps one, rebuilt from the exercise host/;
const HOST_AWAY = /exercise host is not reachable/i;

test.setTimeout(240_000);

/** The Chromium processes of one persistent profile, found by the profile folder on their command line. */
function browserPids(profile: string): number[] {
  const listing = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  return listing
    .split('\n')
    .filter((line) => line.includes(profile) && /chrom/i.test(line))
    .map((line) => Number.parseInt(line.trim(), 10))
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid);
}

/** SIGKILL every process of the browser, as a crash or a power cut would: nothing is closed cleanly. */
async function killBrowser(profile: string): Promise<void> {
  const pids = browserPids(profile);
  expect(pids.length, 'the browser of the profile is running').toBeGreaterThan(0);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone with its parent.
    }
  }
  await expect.poll(() => browserPids(profile).length, { timeout: 20_000 }).toBe(0);
}

/** An ad-hoc inject to the affected state, sent from the console and acknowledged by the host. */
async function sendAdHoc(controller: Page, title: string): Promise<void> {
  await sendNatoOnlyInject(controller, title, 'Two casualties need decontamination before admission.');
  await expect(controller.getByRole('grid').getByText(title)).toBeVisible();
}

test("the console's browser is killed mid-exercise, then its profile is wiped: it reopens from its copy, then rebuilds from the host", async ({
  host,
}) => {
  const profile = mkdtempSync(path.join(tmpdir(), 'pbsim-e2e-copy-'));
  try {
    let context = await launchPersistentStation(profile, host.origin);
    let faults = watchContext(context, host.origin);
    const controller = await context.newPage();
    const exerciseId = await createCaddersbyExercise(controller, 'Browser crash drill');
    await controller.getByRole('button', { name: 'Start (STARTEX)' }).click();
    await sendAdHoc(controller, AD_HOC);
    expectNoFaults(faults);

    // The browser dies as in a crash: whatever its IndexedDB held is whatever reached its disk.
    await killBrowser(profile);

    context = await launchPersistentStation(profile, host.origin);
    faults = watchContext(context, host.origin);
    const reopened = await openTab(context, `#/console/${exerciseId}`);
    await expect(reopened.getByText(OPENED_FROM_COPY)).toBeVisible();
    await expect(reopened.getByRole('grid').getByText(AD_HOC)).toBeVisible();
    await expect(reopened.getByText('Running', { exact: true }).first()).toBeVisible();
    // The console resumes: the exercise goes on from it.
    await reopened.getByRole('button', { name: 'Jump to next inject' }).click();
    const station = await openTab(context, `#/station/${exerciseId}/ms-affected`);
    await expect(inbox(station).getByText(AD_HOC)).toBeVisible();
    await expect(inbox(station).getByText(SECOND_INJECT)).toBeVisible();
    expectNoFaults(faults);
    await context.close();

    // The profile is wiped: a new browser, the same host. The console rebuilds its copy and says so.
    rmSync(profile, { recursive: true, force: true });
    context = await launchPersistentStation(profile, host.origin);
    faults = watchContext(context, host.origin);
    const rebuilt = await openTab(context, `#/console/${exerciseId}`);
    await expect(rebuilt.getByText(REBUILT)).toBeVisible();
    await expect(rebuilt.getByRole('grid').getByText(AD_HOC)).toBeVisible();
    await expect(rebuilt.getByRole('grid').getByText(SECOND_INJECT)).toBeVisible();
    const stationAgain = await openTab(context, `#/station/${exerciseId}/ms-affected`);
    await expect(inbox(stationAgain).getByText(FIRST_INJECT)).toBeVisible();
    await expect(inbox(stationAgain).getByText(AD_HOC)).toBeVisible();
    expectNoFaults(faults);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the host stops: the console shows its copy read-only, a station reads its copy and queues, both say why and resume when it returns', async ({
  context,
  host,
  page: controller,
}) => {
  const exerciseId = await createCaddersbyExercise(controller, 'Host away drill');
  const affected = await openTab(context, `#/station/${exerciseId}/ms-affected`);
  await controller.bringToFront();
  await controller.getByRole('button', { name: 'Start (STARTEX)' }).click();
  await expect(inbox(affected).getByText(FIRST_INJECT)).toBeVisible();
  await sendAdHoc(controller, AD_HOC);
  await expect(inbox(affected).getByText(AD_HOC)).toBeVisible();

  await host.stop();

  // The console: its copy on screen, no control that could queue a command, and why.
  await expect(controller.getByText(HOST_AWAY).first()).toBeVisible();
  await expect(controller.getByRole('grid').getByText(AD_HOC)).toBeVisible();
  await expect(controller.getByRole('button', { name: 'Jump to next inject' })).toBeDisabled();

  // The station: still readable, and what is sent waits on it for the host (the station says so).
  await expect(affected.locator('.station-offline')).toBeVisible();
  await expect(affected.locator('.station-offline')).toContainText(
    'what you send now waits on this station and goes to the host when it is back',
  );
  await inbox(affected).getByText(AD_HOC).click();
  await expect(affected.getByText('Two casualties need decontamination before admission.')).toBeVisible();

  await host.restart();

  await expect(controller.getByText(HOST_AWAY)).toHaveCount(0);
  await expect(controller.getByRole('button', { name: 'Jump to next inject' })).toBeEnabled();
  await expect(affected.locator('.station-offline')).toHaveCount(0);
  await controller.getByRole('button', { name: 'Jump to next inject' }).click();
  await expect(inbox(affected).getByText(SECOND_INJECT)).toBeVisible();
});
