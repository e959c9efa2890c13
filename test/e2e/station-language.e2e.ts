// The language belongs to the screen that chose it, not to the browser: two role stations open in tabs of one
// browser, one switched to Dutch, each keep their own language across a reload, and the console keeps its own.
import { expect, test } from './fixtures';
import { createCaddersbyExercise, openTab } from './play-steps';

test('two role stations in one browser speak each their own language, across reloads', async ({
  page,
  context,
}) => {
  const exerciseId = await createCaddersbyExercise(page, 'Languages per station');
  const affected = await openTab(context, `#/station/${exerciseId}/ms-affected`);
  const notNato = await openTab(context, `#/station/${exerciseId}/ms-c`);
  await expect(notNato.getByRole('region', { name: /^Inbox/ })).toBeVisible();

  await affected.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  await expect(affected.getByRole('region', { name: /^Postvak/ })).toBeVisible();

  for (const tab of [affected, notNato, page]) await tab.reload();
  await expect(affected.getByRole('combobox', { name: 'Taal' })).toHaveValue('nl');
  await expect(affected.getByRole('region', { name: /^Postvak/ })).toBeVisible();
  await expect(notNato.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  await expect(notNato.getByRole('region', { name: /^Inbox/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start (STARTEX)' })).toBeVisible();
});
