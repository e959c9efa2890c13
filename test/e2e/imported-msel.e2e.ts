// An exercise started from an MSEL imported on Home (a scenario no library holds) played in real Chromium:
// the role station names its roles by their titles, which only the host's roster carries, and writes to one
// of the MSEL's local roles; the message reaches the console's MSEL view.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const MSEL = path.resolve(import.meta.dirname, '..', 'fixtures', 'msel', 'port-fire-local-roles.csv');
const PRESIDENCY = 'Council Presidency (IPCR)';
const FIRST_INJECT = 'Fire at the container terminal';

test.setTimeout(120_000);

/** Home's "Open a scenario or MSEL file…" answered with `file`, as a controller does it. */
async function openOnHome(controller: Page, file: string): Promise<void> {
  await controller.goto('/');
  const chooser = controller.waitForEvent('filechooser');
  await controller.getByRole('button', { name: 'Open a scenario or MSEL file…' }).click();
  await (await chooser).setFiles(file);
}

test('a station of an exercise imported from an MSEL shows role titles and writes to a local role', async ({
  page: controller,
  context,
}) => {
  await openOnHome(controller, MSEL);
  await expect(controller.getByRole('status')).toContainText(
    'Velmora Port Authority → velmora-port-authority, Harbour Police → harbour-police',
  );
  const form = controller.getByRole('form', { name: /^Start an exercise: Imported MSEL: port-fire/ });
  await form.getByLabel('Exercise name').fill('Port fire drill');
  await form.getByRole('button', { name: 'Create and open the console' }).click();
  await controller.getByRole('button', { name: 'Start (STARTEX)' }).waitFor();
  const exerciseId = decodeURIComponent(controller.url().split('#/console/')[1] ?? '');

  const station = await context.newPage();
  await station.goto(`/#/station/${exerciseId}/presidency`);
  await expect(station.getByRole('banner')).toContainText(`${PRESIDENCY} — Port fire drill`);
  await controller.bringToFront();
  await controller.getByRole('button', { name: 'Start (STARTEX)' }).click();

  // The inject from a local role arrives under that role's title, never its id.
  const inbox = station.getByRole('region', { name: /^Inbox/ });
  await expect(inbox.getByText(FIRST_INJECT)).toBeVisible({ timeout: 20_000 });
  await expect(inbox).toContainText('Velmora Port Authority');
  await expect(station.locator('body')).not.toContainText('velmora-port-authority');

  // Both local roles are recipients, by title; the message goes to one of them.
  const compose = station.getByRole('region', { name: 'New message' });
  await expect(compose.getByRole('checkbox', { name: 'Harbour Police' })).toBeVisible();
  await compose.getByRole('checkbox', { name: 'Velmora Port Authority' }).check();
  await compose.getByLabel('Subject').fill('Casualty count');
  await compose.getByLabel('Message').fill('How many people were on board when the fire started?');
  await compose.getByRole('button', { name: 'Send the message' }).click();
  await expect(compose.getByText('Message sent: Casualty count')).toBeVisible({ timeout: 20_000 });

  // The console's MSEL lists it among the messages to simulated actors, for the SimCell to answer.
  await controller.bringToFront();
  await controller.getByRole('tab', { name: 'MSEL' }).click();
  const replies = controller.getByRole('region', { name: 'Messages to simulated actors' });
  await expect(replies).toContainText(`${PRESIDENCY} → Velmora Port Authority: Casualty count`, {
    timeout: 20_000,
  });
});

// The roles an MSEL sends its injects to are its training audience: Home seats such a local role at a
// station by default, and at that station it receives its injects and writes to the simulated senders.
const AUDIENCE_MSEL = path.resolve(import.meta.dirname, '..', 'fixtures', 'msel', 'port-fire-audience.csv');
const AUDIENCE = 'Port crisis team';

test('a local role that receives an imported MSEL’s injects is played at a station', async ({
  page: controller,
  context,
}) => {
  await openOnHome(controller, AUDIENCE_MSEL);
  await expect(controller.getByRole('status')).toContainText(
    `played at stations (they receive injects: the training audience): ${AUDIENCE}`,
  );
  const form = controller.getByRole('form', {
    name: /^Start an exercise: Imported MSEL: port-fire-audience/,
  });
  await expect(form.getByLabel(new RegExp(`: ${AUDIENCE}$`))).toHaveValue('station');
  await expect(form.getByLabel(/: Velmora Port Authority$/)).toHaveValue('by-hand');
  await form.getByLabel('Exercise name').fill('Port fire audience');
  await form.getByRole('button', { name: 'Create and open the console' }).click();
  await controller.getByRole('button', { name: 'Start (STARTEX)' }).waitFor();
  const exerciseId = decodeURIComponent(controller.url().split('#/console/')[1] ?? '');

  const station = await context.newPage();
  await station.goto(`/#/station/${exerciseId}/port-crisis-team`);
  await expect(station.getByRole('banner')).toContainText(`${AUDIENCE} — Port fire audience`);
  await controller.bringToFront();
  await controller.getByRole('button', { name: 'Start (STARTEX)' }).click();

  const inbox = station.getByRole('region', { name: /^Inbox/ });
  await expect(inbox.getByText(FIRST_INJECT)).toBeVisible({ timeout: 20_000 });
  await expect(inbox).toContainText('Velmora Port Authority');

  // The audience writes to the simulated senders, by title; the SimCell sees the message to answer it.
  const compose = station.getByRole('region', { name: 'New message' });
  await compose.getByRole('checkbox', { name: 'Velmora Port Authority' }).check();
  await compose.getByLabel('Subject').fill('Crew on board');
  await compose.getByLabel('Message').fill('How many crew were on board when the fire started?');
  await compose.getByRole('button', { name: 'Send the message' }).click();
  await expect(compose.getByText('Message sent: Crew on board')).toBeVisible({ timeout: 20_000 });

  await controller.bringToFront();
  await controller.getByRole('tab', { name: 'MSEL' }).click();
  const replies = controller.getByRole('region', { name: 'Messages to simulated actors' });
  await expect(replies).toContainText(`${AUDIENCE} → Velmora Port Authority: Crew on board`, {
    timeout: 20_000,
  });
});
