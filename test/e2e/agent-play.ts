// Playing a whole scenario with no one at the stations: every player role handed to an automated agent that
// plays by the book, the clock at maximum speed, and ENDEX once the clock is past the last scripted inject.
// Shared by the review's end-to-end test and `npm run screenshots`; it waits on the page alone (no test
// runner's `expect`), so a plain script can use it.
import type { Page } from '@playwright/test';

/**
 * From the console of an exercise not yet started: plays it to the end. `lastInject` matches the clock once
 * it is past the scenario's last scripted inject (T+42d 18h for the Salisbury-style scenario).
 */
export async function playToTheEndByAgents(console: Page, lastInject = /^T\+4[2-9]d /): Promise<void> {
  await console.getByRole('tab', { name: 'Stations' }).click();
  const plays = console.getByRole('combobox', { name: /^Played by: / });
  await plays.first().waitFor();
  const count = await plays.count();
  for (let index = 0; index < count; index += 1) await plays.nth(index).selectOption('doctrine');
  await console.getByLabel('Speed').selectOption('max');
  await console.getByRole('button', { name: 'Start (STARTEX)' }).click();
  await console.locator('.clock-big').filter({ hasText: lastInject }).waitFor({ timeout: 300_000 });
  await console.getByRole('button', { name: 'ENDEX…' }).click();
  await console.getByRole('alertdialog').getByRole('button', { name: 'ENDEX', exact: true }).click();
  await console.getByText('The exercise has ended (ENDEX).', { exact: false }).first().waitFor();
}
