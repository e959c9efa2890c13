// The exercise host killed mid-exercise (issue 15 §3): a controller, two role stations and an evaluator play the
// first part of the Salisbury-style scenario, the host process is killed with SIGKILL and started again on the
// same data folder and port; the console and the stations reconnect by themselves, catch up, and nothing that
// was acknowledged is missing. While the host is down a station reads what it holds, and a message written then
// waits on it and arrives once the host is back, once (issue 20 §1).
import { expect, test } from './fixtures';
import { createCaddersbyExercise, inbox, openTab, sendNatoOnlyInject } from './play-steps';

const FIRST_INJECT = 'Two people collapsed on a bench in Caddersby';
const NATO_ONLY_TITLE = 'Allied assessment of the Caddersby attack';
const OBSERVATION = 'The crisis centre logged the incident within minutes';
const WHILE_DOWN = 'Sitrep written while the host was down';

test.setTimeout(240_000);

test('the host is killed and restarted mid-exercise: everyone reconnects, catches up, and nothing acknowledged is lost', async ({
  context,
  host,
  page: controller,
}) => {
  const exerciseId = await createCaddersbyExercise(controller, 'Host restart drill');

  const affected = await openTab(context, `#/station/${exerciseId}/ms-affected`);
  const notNato = await openTab(context, `#/station/${exerciseId}/ms-c`);
  const evaluator = await openTab(context, `#/evaluator/${exerciseId}/evaluator`);
  await controller.bringToFront();
  await controller.getByRole('button', { name: 'Start (STARTEX)' }).click();
  await expect(inbox(affected).getByText(FIRST_INJECT)).toBeVisible();

  // Acknowledged before the kill: a station's decision, a console's inject, an evaluator's observation.
  const decision = affected.getByRole('form', { name: 'Request consultations under Article 4' });
  await decision.getByRole('button', { name: 'Request consultations under Article 4' }).click();
  await decision.getByLabel('Rationale (required)').fill('Allies must consult on the attack');
  await decision.getByRole('button', { name: 'Review the decision' }).click();
  await decision.getByRole('button', { name: 'Take the decision' }).click();
  await controller.getByRole('tab', { name: 'Playbook board' }).click();
  await expect(controller.getByRole('row', { name: /EU–NATO link/ })).toContainText(
    'NAC: Article 4 consultations',
  );

  await sendNatoOnlyInject(
    controller,
    NATO_ONLY_TITLE,
    'Allied intelligence links the agent to a state programme.',
  );
  await expect(inbox(affected).getByText(NATO_ONLY_TITLE)).toBeVisible();

  await evaluator.getByRole('button', { name: 'Observations' }).click();
  await evaluator.getByLabel('What you observed').fill(OBSERVATION);
  await evaluator.getByRole('button', { name: 'Record observation' }).click();
  await expect(evaluator.locator('p.observation-text', { hasText: OBSERVATION })).toBeVisible();

  // The host dies as in a power cut: no goodbye to anyone.
  await host.kill();
  await expect(controller.getByText(/exercise host is not reachable/i).first()).toBeVisible();
  await expect(affected.locator('.station-offline')).toBeVisible();

  // While the host is down the station still reads its copy, and what it sends waits on it for the host.
  const message = affected.getByRole('region', { name: 'New message' });
  await inbox(affected).getByText(FIRST_INJECT).click();
  await expect(affected.locator('.inbox-reader').getByRole('article')).toBeVisible();
  await message.getByLabel('Member State C (not in NATO)', { exact: true }).check();
  await message.getByLabel('Subject').fill(WHILE_DOWN);
  await message.getByLabel('Message').fill('Two casualties in hospital; the cordon holds.');
  await message.getByRole('button', { name: 'Send the message' }).click();
  await expect(affected.locator('.station-offline')).toContainText('1 waiting for the host');

  await host.restart();

  // Everyone is back on their own, with everything that was acknowledged, and the queued message went.
  await expect(controller.getByText(/exercise host is not reachable/i)).toHaveCount(0);
  await expect(controller.getByText('Running', { exact: true }).first()).toBeVisible();
  await expect(controller.getByRole('grid').getByText(NATO_ONLY_TITLE)).toBeVisible();
  await controller.getByRole('tab', { name: 'Playbook board' }).click();
  await expect(controller.getByRole('row', { name: /EU–NATO link/ })).toContainText(
    'NAC: Article 4 consultations',
  );
  await expect(affected.locator('.station-offline')).toHaveCount(0);
  await expect(inbox(affected).getByText(FIRST_INJECT).first()).toBeVisible();
  await expect(inbox(affected).getByText(NATO_ONLY_TITLE)).toBeVisible();
  await expect(inbox(notNato).getByText(WHILE_DOWN)).toHaveCount(1);
  await expect(evaluator.getByText(OBSERVATION)).toBeVisible();

  // And the exercise goes on: the next inject reaches the station through the restarted host.
  await controller.getByRole('tab', { name: 'MSEL' }).click();
  await controller.getByRole('button', { name: 'Jump to next inject' }).click();
  await expect(inbox(affected).getByText('Cordon and tent at Abbey Green')).toBeVisible();
  // Sent once, received once, however often the station offered it again.
  await expect(inbox(notNato).getByText(WHILE_DOWN)).toHaveCount(1);
});
