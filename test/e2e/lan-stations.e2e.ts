// Role stations on the room network (issue 20 §4): the controller on the host laptop and three stations in
// browser contexts of their own, as separate laptops, on the host's LAN listener (127.0.0.2 stands in for the
// laptop's room address). The stations join with the codes the console shows; a NATO-ONLY inject never
// reaches the EU-only station, though its own traffic does; a station that loses the network takes a decision
// meanwhile and it is applied once; a revoked station is cut off; the host is killed and restarted and play
// goes on. Chromium runs with every host name resolving to nothing and the station pages without what only a
// secure context has (a LAN page is plain http): any lookup, any request off the host, any use fails the test.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { HOST_SOCKET_PATH, isEvent, type ExerciseEvent } from '../../core/index';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../../playwright.config';
import { startServeProcess, type ServeProcess } from '../fixtures/serve-process';
import { expect, expectNoFaults, hostAwayErrors, watchContext, type PageFaults } from './fixtures';
import { AFFECTED_TITLE, createCaddersbyExercise, inbox, sendNatoOnlyInject } from './play-steps';

const LAN = '127.0.0.2';
const NOT_NATO = 'Member State C (not in NATO)';
const FIRST_INJECT = 'Two people collapsed on a bench in Caddersby';
const NATO_ONLY_TITLE = 'Allied assessment of the Caddersby attack';
const AFTER_NATO = 'Cordon in place at the bench';
const ARTICLE_4 = 'Request consultations under Article 4';
const CONTROL_INJECT = 'Caddersby Courier calls the crisis centre';

test.setTimeout(300_000);

/** Deletes what only a secure context has, as a page served over plain http from a LAN address lacks it. */
function insecureContext(): void {
  const remove = (owner: object, name: string) => {
    Reflect.deleteProperty(owner, name);
  };
  remove(Crypto.prototype, 'randomUUID');
  remove(Crypto.prototype, 'subtle');
  remove(Navigator.prototype, 'locks');
  remove(Navigator.prototype, 'clipboard');
  remove(Navigator.prototype, 'serviceWorker');
}

/** The decisions the journal on disk holds: the oracle for "applied once". */
function decisionsOnDisk(host: ServeProcess, exerciseId: string): string[] {
  return readFileSync(path.join(host.dataFolder, exerciseId, 'journal.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ExerciseEvent)
    .flatMap((event) =>
      isEvent(event, 'decision.taken') ? [`${event.actor?.role ?? ''}:${event.payload.event}`] : [],
    );
}

/** The join code the console shows for a role (the row named by its title), as the controller reads it. */
async function codeFor(controller: Page, roleTitle: string): Promise<string> {
  const panel = controller.getByRole('region', { name: 'Stations on the room network' });
  const row = panel
    .getByRole('row')
    .filter({ has: controller.getByRole('rowheader', { name: roleTitle, exact: true }) });
  return (await row.locator('.join-code-text').textContent()) ?? '';
}

test('stations on the room network join with codes, see only their own, queue while offline, are cut off, and outlive a host restart', async () => {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'pbsim-e2e-lan-'));
  const host = await startServeProcess({ dataFolder, args: ['--host', LAN] });
  const lanOrigin = `http://${LAN}:${host.port}`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    // Every host name resolves to nothing: only the two literal addresses can be reached.
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE ${LAN}`],
  });
  const watched: PageFaults[] = [];
  const lanAway = (text: string) =>
    host.downs > 0 &&
    text.includes(`WebSocket connection to 'ws://${LAN}:${host.port}${HOST_SOCKET_PATH}' failed`);
  const laptop = async (): Promise<BrowserContext> => {
    const context = await browser.newContext({ baseURL: lanOrigin });
    await context.addInitScript(insecureContext);
    watched.push(watchContext(context, lanOrigin, { expected: lanAway }));
    return context;
  };
  try {
    // The resolver mapping is live: a name that would reach the host (localhost) does not resolve.
    const probe = await browser.newPage();
    await expect(probe.goto(`http://localhost:${host.port}/`)).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
    await probe.close();

    const controllerContext = await browser.newContext({ baseURL: host.url });
    watched.push(watchContext(controllerContext, host.origin, { expected: hostAwayErrors(host) }));
    const controller = await controllerContext.newPage();
    const exerciseId = await createCaddersbyExercise(controller, 'Room network drill');
    await controller.getByRole('tab', { name: 'Stations' }).click();
    const panel = controller.getByRole('region', { name: 'Stations on the room network' });
    // Started with --host: the console shows the address to give out.
    await expect(panel.getByText(`${lanOrigin}/`, { exact: true })).toBeVisible();
    const affectedCode = await codeFor(controller, AFFECTED_TITLE);
    const notNatoCode = await codeFor(controller, NOT_NATO);
    const evaluatorCode = await codeFor(controller, 'Evaluator');
    expect(affectedCode).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);

    // Three laptops: one opens the QR code's link, one types its code, the evaluator types its own.
    const affectedLaptop = await laptop();
    const affected = await affectedLaptop.newPage();
    await affected.goto(`/#/join/${affectedCode.replaceAll('-', '')}`);
    await expect(affected).toHaveURL(new RegExp(`#/station/${exerciseId}/ms-affected$`));
    expect(await affected.evaluate(() => [typeof crypto.randomUUID, typeof crypto.subtle])).toEqual([
      'undefined',
      'undefined',
    ]);
    const notNato = await (await laptop()).newPage();
    await notNato.goto('/');
    await notNato.getByLabel('Join code').fill(notNatoCode.toLowerCase().replaceAll('-', ' '));
    await notNato.getByRole('button', { name: 'Join' }).click();
    await expect(notNato).toHaveURL(new RegExp(`#/station/${exerciseId}/ms-c$`));
    const evaluator = await (await laptop()).newPage();
    await evaluator.goto('/#/join');
    await evaluator.getByLabel('Join code').fill(evaluatorCode);
    await evaluator.getByRole('button', { name: 'Join' }).click();
    await expect(evaluator).toHaveURL(new RegExp(`#/evaluator/${exerciseId}/evaluator$`));

    // The controller sees them: from where, since when; and who joined is in the journal.
    const stationsTable = panel.getByRole('table').last();
    await expect(stationsTable.getByRole('row')).toHaveCount(4);
    await expect(
      stationsTable.getByRole('row', { name: new RegExp(NOT_NATO.replace(/[()]/g, '\\$&')) }),
    ).toContainText('1 open');
    const journal = () => readFileSync(path.join(dataFolder, exerciseId, 'journal.jsonl'), 'utf8');
    expect(journal().match(/"type":"station\.joined"/g)).toHaveLength(3);

    await controller.getByRole('button', { name: 'Start (STARTEX)' }).click();
    await expect(inbox(affected).getByText(FIRST_INJECT)).toBeVisible();
    await sendNatoOnlyInject(
      controller,
      NATO_ONLY_TITLE,
      'Allied intelligence links the agent to a state programme.',
    );
    await expect(inbox(affected).getByText(NATO_ONLY_TITLE)).toBeVisible();
    // The EU-only station is live (a message sent after the NATO-ONLY inject reaches it) and never gets it.
    const message = affected.getByRole('region', { name: 'New message' });
    await message.getByLabel(NOT_NATO, { exact: true }).check();
    await message.getByLabel('Subject').fill(AFTER_NATO);
    await message.getByLabel('Message').fill('Police hold the cordon; two casualties taken to hospital.');
    await message.getByRole('button', { name: 'Send the message' }).click();
    await expect(inbox(notNato).getByText(AFTER_NATO)).toBeVisible();
    await expect(notNato.getByText(NATO_ONLY_TITLE)).toHaveCount(0);

    // The affected station's network goes: it says so, takes the decision anyway, and it goes once, later.
    await affectedLaptop.setOffline(true);
    await expect(affected.locator('.station-offline')).toBeVisible({ timeout: 30_000 });
    const before = decisionsOnDisk(host, exerciseId);
    const decision = affected.getByRole('form', { name: ARTICLE_4 });
    await decision.getByRole('button', { name: ARTICLE_4 }).click();
    await decision.getByLabel('Rationale (required)').fill('Allies must consult on the attack');
    await decision.getByRole('button', { name: 'Review the decision' }).click();
    await decision.getByRole('button', { name: 'Take the decision' }).click();
    await expect(affected.locator('.station-offline')).toContainText('1 waiting for the host');
    expect(decisionsOnDisk(host, exerciseId)).toEqual(before);
    await affectedLaptop.setOffline(false);
    await expect(affected.locator('.station-offline')).toHaveCount(0, { timeout: 30_000 });
    await controller.getByRole('tab', { name: 'Playbook board' }).click();
    await expect(controller.getByRole('row', { name: /EU–NATO link/ })).toContainText(
      'NAC: Article 4 consultations',
    );
    const taken = decisionsOnDisk(host, exerciseId).slice(before.length);
    expect(taken).toHaveLength(1);
    expect(taken[0]).toMatch(/^ms-affected:/);

    // The controller cuts the EU-only station off: its page asks for a code, and its pass no longer works.
    await controller.getByRole('tab', { name: 'Stations' }).click();
    const notNatoRow = stationsTable.getByRole('row', {
      name: new RegExp(NOT_NATO.replace(/[()]/g, '\\$&')),
    });
    await notNatoRow.getByRole('button', { name: 'Revoke…' }).click();
    await panel.getByRole('button', { name: 'Cut it off' }).click();
    await expect(notNato.getByText(/This station’s pass no longer works/)).toBeVisible();
    await expect(notNatoRow).toHaveClass(/revoked/);
    expect(journal().match(/"type":"station\.revoked"/g)).toHaveLength(1);

    // The host dies and comes back: the stations' passes hold (kept beside the journal), play goes on.
    await host.restart();
    await controller.getByRole('tab', { name: 'MSEL' }).click();
    await controller.getByRole('button', { name: 'Jump to next inject' }).click();
    await expect(inbox(affected).getByText('Cordon and tent at Abbey Green')).toBeVisible();
    await evaluator.getByRole('button', { name: 'Observations' }).click();
    await evaluator
      .getByLabel('What you observed')
      .fill('The crisis centre consulted Allies within the hour');
    await evaluator.getByRole('button', { name: 'Record observation' }).click();
    // The observation as recorded (the form's field may still hold the text a moment after).
    await expect(
      evaluator.locator('p.observation-text', {
        hasText: 'The crisis centre consulted Allies within the hour',
      }),
    ).toBeVisible();
    await expect(notNato.getByText(/This station’s pass no longer works/)).toBeVisible();
    expect(decisionsOnDisk(host, exerciseId).slice(before.length)).toEqual(taken);

    // A control station exists only once the controller chose to give one: the SimCell's laptop joins with
    // its code and sends an inject as an actor it plays, which reaches the affected station.
    await controller.getByRole('tab', { name: 'Stations' }).click();
    await expect(panel.getByRole('row', { name: /Simulation cell/ })).toHaveCount(0);
    await panel.getByRole('button', { name: 'Give a control station…' }).click();
    await panel.getByLabel('Control role').selectOption('simcell');
    await panel.getByRole('button', { name: 'Make a control code' }).click();
    await panel.getByRole('alertdialog').getByRole('button', { name: 'Make a control code' }).click();
    await expect(panel.getByRole('rowheader', { name: 'Simulation cell', exact: true })).toBeVisible();
    const simcell = await (await laptop()).newPage();
    await simcell.goto(`/#/join/${(await codeFor(controller, 'Simulation cell')).replaceAll('-', '')}`);
    await expect(simcell).toHaveURL(new RegExp(`#/station/${exerciseId}/simcell$`));
    const inject = simcell.getByRole('form', { name: 'Send an inject' });
    await inject.getByLabel(AFFECTED_TITLE, { exact: true }).check();
    await inject.getByLabel('Title').fill(CONTROL_INJECT);
    await inject.getByLabel('Text').fill('A reporter asks whether the hospital is still admitting patients.');
    await inject.getByRole('button', { name: 'Send the inject now' }).click();
    await expect(inbox(affected).getByText(CONTROL_INJECT)).toBeVisible();
  } finally {
    for (const faults of watched) expectNoFaults(faults);
    await browser.close();
    await host.kill();
    rmSync(dataFolder, { recursive: true, force: true });
  }
});
