// Steps the end-to-end specs share: creating the Salisbury-style exercise from Home, opening a screen in a new
// tab of the same browser, a station's inbox, ad-hoc injects (NATO-ONLY to the affected state, or any), and
// the check that a station does not see something, made only once the station is shown to be receiving.
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

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

export interface AdhocInject {
  title: string;
  text: string;
  /** Recipients by their role titles, as the compose form labels them. */
  recipients: readonly string[];
  marking: string;
  /** The simulated sender's id in the form's Sender list. */
  sender?: string;
}

/** From the console's MSEL: an ad-hoc inject, sent now. */
export async function sendAdhocInject(console: Page, inject: AdhocInject): Promise<void> {
  await console.getByRole('tab', { name: 'MSEL' }).click();
  await console.getByRole('button', { name: 'Compose ad-hoc inject…' }).click();
  const compose = console.getByRole('form', { name: 'Ad-hoc inject' });
  await compose.getByLabel('Sender').selectOption(inject.sender ?? 'nato-hq-staff');
  for (const recipient of inject.recipients) await compose.getByLabel(recipient, { exact: true }).check();
  await compose.getByLabel('Marking').selectOption(inject.marking);
  await compose.getByLabel('Title').fill(inject.title);
  await compose.getByLabel('Text').fill(inject.text);
  await compose.getByRole('button', { name: 'Send now' }).click();
}

/** From the console's MSEL: a NATO-ONLY ad-hoc inject from NATO HQ, to the affected state unless told, sent now. */
export async function sendNatoOnlyInject(
  console: Page,
  title: string,
  text: string,
  recipients: readonly string[] = [AFFECTED_TITLE],
): Promise<void> {
  await sendAdhocInject(console, { title, text, recipients, marking: 'NATO-ONLY' });
}

/**
 * A station does not see something. An empty screen proves nothing if the station is not connected, so
 * first something the role MAY see, sent after the withheld item (`arrivedAfter`, an inject or message
 * title), must reach its inbox; only then is the withheld text looked for, anywhere on the page.
 */
export async function expectWithheld(station: Page, withheld: string, arrivedAfter: string): Promise<void> {
  await expect(
    inbox(station).getByText(arrivedAfter).first(),
    `${arrivedAfter} reaches the station`,
  ).toBeVisible({
    timeout: 20_000,
  });
  await expect(station.getByText(withheld), `${withheld} is withheld from the station`).toHaveCount(0);
}
