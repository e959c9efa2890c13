// The first part of the Salisbury-style scenario played in real Chromium: a controller tab, two role
// stations (an EU Member State that is a NATO Ally, and one that is not) and an evaluator tab, on a profile
// on disk, then the controller reloaded and the browser closed and reopened on the same profile.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, expectNoFaults, launchPersistentStation, test, watchContext } from './fixtures';
import {
  createCaddersbyExercise,
  expectWithheld,
  inbox,
  openTab,
  sendAdhocInject,
  sendNatoOnlyInject,
} from './play-steps';

const AFFECTED = 'Affected Member State: national crisis centre and government';
const NOT_NATO = 'Member State C (not in NATO)';
const FIRST_INJECT = 'Two people collapsed on a bench in Caddersby';
const EVALUATOR_NOTE = 'A quiet start, as in the real case';
const NATO_ONLY_TITLE = 'Allied assessment of the Caddersby attack';

/** A PUBLIC ad-hoc inject both states may read: sent after something withheld, it proves a station receives. */
const publicInject = (title: string, recipients: readonly string[]) => ({
  title,
  text: 'A public statement for the record.',
  recipients,
  marking: 'PUBLIC',
});

test.setTimeout(240_000);

test('a controller, two stations and an evaluator play the first part of the Salisbury-style scenario', async ({
  host,
}) => {
  const profile = mkdtempSync(path.join(tmpdir(), 'pbsim-e2e-'));
  let context = await launchPersistentStation(profile, host.origin);
  let faults = watchContext(context, host.origin);
  const controller = await context.newPage();
  const exerciseId = await createCaddersbyExercise(controller, 'E2E tabletop');

  const affected = await openTab(context, `#/station/${exerciseId}/ms-affected`);
  const notNato = await openTab(context, `#/station/${exerciseId}/ms-c`);
  const evaluator = await openTab(context, `#/evaluator/${exerciseId}/evaluator`);
  // Before STARTEX a station offers no decision, and says why.
  await expect(
    affected.getByText('The exercise has not started: decisions are offered from STARTEX on.'),
  ).toBeVisible({
    timeout: 20_000,
  });
  await expect(affected.getByRole('form', { name: 'Request consultations under Article 4' })).toHaveCount(0);
  await controller.bringToFront();
  await controller.getByRole('button', { name: 'Start (STARTEX)' }).click();

  // INJ-001 is EU-ONLY to the affected state alone: it reaches that station and no other.
  await expect(inbox(affected).getByText(FIRST_INJECT)).toBeVisible({ timeout: 20_000 });
  await inbox(affected).getByText(FIRST_INJECT).click();
  // Both stations are shown to be receiving before anything is said to be withheld from them.
  await sendAdhocInject(controller, publicInject('NATO HQ statement one', [AFFECTED, NOT_NATO]));
  await expectWithheld(affected, EVALUATOR_NOTE, 'NATO HQ statement one');
  await expectWithheld(notNato, FIRST_INJECT, 'NATO HQ statement one');

  // Evaluator notes are control and evaluation material: the evaluator sees them.
  await expect(evaluator.getByText(EVALUATOR_NOTE, { exact: false }).first()).toBeVisible({
    timeout: 20_000,
  });

  // A decision taken at the station moves the mechanism at the controller.
  const decision = affected.getByRole('form', { name: 'Request consultations under Article 4' });
  // Many decisions are open to this role: each is folded to its title until opened.
  await expect(decision.getByLabel('Rationale (required)')).toBeHidden();
  await decision.getByRole('button', { name: 'Request consultations under Article 4' }).click();
  await decision.getByLabel('Rationale (required)').fill('Allies must consult on the attack');
  await decision.getByRole('button', { name: 'Review the decision' }).click();
  await decision.getByRole('button', { name: 'Take the decision' }).click();
  await controller.getByRole('tab', { name: 'Playbook board' }).click();
  const linkRow = controller.getByRole('row', { name: /EU–NATO link/ });
  await expect(linkRow).toContainText('NAC: Article 4 consultations', { timeout: 20_000 });
  // The row is live and shows the playbook's label: the state's id is for hover only.
  await expect(linkRow).not.toContainText('article4Consultations');
  await expect(linkRow).toContainText(`Request consultations under Article 4${AFFECTED}`);

  // A NATO-ONLY inject to both states: the Ally's station shows it, the non-Ally's never does.
  await sendNatoOnlyInject(
    controller,
    NATO_ONLY_TITLE,
    'Allied intelligence links the agent to a state programme.',
    [AFFECTED, NOT_NATO],
  );
  await expect(inbox(affected).getByText(NATO_ONLY_TITLE)).toBeVisible({ timeout: 20_000 });
  await sendAdhocInject(controller, publicInject('NATO HQ statement two', [NOT_NATO]));
  await expectWithheld(notNato, NATO_ONLY_TITLE, 'NATO HQ statement two');

  // A message marked NATO-ONLY to the non-Ally: the form says before sending that it will not reach it, and
  // the sender's sent messages say afterwards that the marking blocked it.
  await affected.bringToFront();
  const compose = affected.getByRole('region', { name: 'New message' });
  await compose.getByRole('checkbox', { name: NOT_NATO }).check();
  await compose.getByLabel('Marking').selectOption('NATO-ONLY');
  await expect(compose.getByLabel('Marking')).toHaveAccessibleDescription(
    `Not cleared for NATO-ONLY, so these recipients will not receive it: ${NOT_NATO}`,
  );
  await compose.getByLabel('Subject').fill('Allied line on Caddersby');
  await compose.getByLabel('Message').fill('What we may share with Allies only.');
  await compose.getByRole('button', { name: 'Send the message' }).click();
  const sent = affected.getByRole('region', { name: 'Sent messages' });
  await expect(sent.getByRole('list', { name: 'Recipients of Allied line on Caddersby' })).toHaveText(
    `${NOT_NATO}: blocked by the marking`,
    { timeout: 20_000 },
  );
  await sendAdhocInject(controller, publicInject('NATO HQ statement three', [NOT_NATO]));
  await expectWithheld(notNato, 'Allied line on Caddersby', 'NATO HQ statement three');

  // The evaluator's observation is recorded.
  await evaluator.getByRole('button', { name: 'Observations' }).click();
  await evaluator
    .getByLabel('What you observed')
    .fill('The crisis centre logged the incident within minutes');
  await evaluator.getByRole('button', { name: 'Record observation' }).click();
  await expect(
    evaluator.locator('p.observation-text', {
      hasText: 'The crisis centre logged the incident within minutes',
    }),
  ).toBeVisible({
    timeout: 20_000,
  });

  // The safety stop reaches every station, and is lifted everywhere.
  await controller.getByRole('button', { name: 'NO PLAY…' }).click();
  await controller.getByLabel('Notice shown on every station').fill('Fire alarm: leave the building');
  await controller.getByRole('button', { name: 'Stop for a real-world reason' }).click();
  for (const station of [affected, notNato, evaluator])
    await expect(station.getByRole('alertdialog')).toContainText('Fire alarm: leave the building', {
      timeout: 20_000,
    });
  // Behind the stop the station is inert: the dialog holds focus, and Tab never reaches a decision form.
  await affected.bringToFront();
  await expect(affected.getByRole('alertdialog')).toBeFocused();
  await expect(affected.locator('#root')).toHaveAttribute('inert', '');
  // The decision forms are still there behind it, but not read through it.
  await expect(affected.locator('form.decision').first()).toBeAttached();
  await expect(affected.getByRole('form')).toHaveCount(0);
  for (let press = 0; press < 12; press += 1) {
    await affected.keyboard.press('Tab');
    expect(await affected.evaluate(() => document.activeElement?.closest('#root') ?? null)).toBeNull();
  }
  await controller.bringToFront();
  await controller.getByRole('button', { name: 'Lift NO PLAY' }).click();
  for (const station of [affected, notNato, evaluator])
    await expect(station.getByRole('alertdialog')).toHaveCount(0, { timeout: 20_000 });

  // The controller tab reloads: the exercise is where it was, and stations still get what is sent.
  await controller.reload();
  await controller.getByRole('tab', { name: 'Playbook board' }).click();
  await expect(controller.getByRole('row', { name: /EU–NATO link/ })).toContainText(
    'NAC: Article 4 consultations',
    {
      timeout: 20_000,
    },
  );
  await controller.getByRole('tab', { name: 'MSEL' }).click();
  await expect(controller.getByRole('grid').getByText(NATO_ONLY_TITLE)).toBeVisible();
  await controller.getByRole('button', { name: 'Jump to next inject' }).click();
  await expect(inbox(affected).getByText('Cordon and tent at Abbey Green')).toBeVisible({ timeout: 20_000 });
  expectNoFaults(faults);
  await context.close();

  // The browser is closed and opened again on the same profile: everything is still there.
  context = await launchPersistentStation(profile, host.origin);
  faults = watchContext(context, host.origin);
  const reopened = await openTab(context, `#/console/${exerciseId}`);
  await reopened.getByRole('tab', { name: 'Playbook board' }).click();
  await expect(reopened.getByRole('row', { name: /EU–NATO link/ })).toContainText(
    'NAC: Article 4 consultations',
    {
      timeout: 20_000,
    },
  );
  await reopened.getByRole('tab', { name: 'MSEL' }).click();
  await expect(reopened.getByRole('grid').getByText(NATO_ONLY_TITLE)).toBeVisible();
  const station = await openTab(context, `#/station/${exerciseId}/ms-affected`);
  await expect(inbox(station).getByText(FIRST_INJECT)).toBeVisible({ timeout: 20_000 });
  await expect(inbox(station).getByText(NATO_ONLY_TITLE)).toBeVisible();
  const evaluatorAgain = await openTab(context, `#/evaluator/${exerciseId}/evaluator`);
  await evaluatorAgain.getByRole('button', { name: 'Observations' }).click();
  await expect(evaluatorAgain.getByText('The crisis centre logged the incident within minutes')).toBeVisible({
    timeout: 20_000,
  });
  expectNoFaults(faults);
  await context.close();
});
