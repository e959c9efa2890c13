// Steps the end-to-end specs share: creating the Salisbury-style exercise from Home, opening a screen in a new
// tab of the same browser, a station's inbox, a NATO-ONLY ad-hoc inject to the affected state.
import type { BrowserContext, Page } from '@playwright/test';

/** From Home: start an exercise of the Salisbury-style scenario and open its console; returns its id. */
export async function createCaddersbyExercise(console: Page, name: string): Promise<string> {
  await console.goto('/');
  await console.getByRole('button', { name: /^Start an exercise: Caddersby/ }).click();
  const form = console.getByRole('form', { name: /^Start an exercise: Caddersby/ });
  await form.getByLabel('Exercise name').fill(name);
  await form.getByRole('button', { name: 'Create and open the console' }).click();
  await console.getByRole('button', { name: 'Start (STARTEX)' }).waitFor();
  return decodeURIComponent(console.url().split('#/console/')[1] ?? '');
}

export async function openTab(context: BrowserContext, hash: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/${hash}`);
  return page;
}

export const inbox = (station: Page) => station.getByRole('region', { name: /^Inbox/ });

export const AFFECTED_TITLE = 'Affected Member State: national crisis centre and government';

/** From the console's MSEL: a NATO-ONLY ad-hoc inject from NATO HQ, to the affected state unless told, sent now. */
export async function sendNatoOnlyInject(
  console: Page,
  title: string,
  text: string,
  recipients: readonly string[] = [AFFECTED_TITLE],
): Promise<void> {
  await console.getByRole('tab', { name: 'MSEL' }).click();
  await console.getByRole('button', { name: 'Compose ad-hoc inject…' }).click();
  const compose = console.getByRole('form', { name: 'Ad-hoc inject' });
  await compose.getByLabel('Sender').selectOption('nato-hq-staff');
  for (const recipient of recipients) await compose.getByLabel(recipient, { exact: true }).check();
  await compose.getByLabel('Marking').selectOption('NATO-ONLY');
  await compose.getByLabel('Title').fill(title);
  await compose.getByLabel('Text').fill(text);
  await compose.getByRole('button', { name: 'Send now' }).click();
}
