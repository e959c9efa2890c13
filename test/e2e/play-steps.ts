// Steps the end-to-end specs share: creating the Salisbury-style exercise from Home, opening a screen in a new
// tab of the same browser, a station's inbox.
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
