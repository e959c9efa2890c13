// Issue 25, tamper-evident exercise packages, in real Chromium across two hosts: an exercise loaded on host A is
// downloaded from its Home as a package (the journal's lines exactly as on A's disk, between the manifest and
// the seal); on host B, opened in a fresh browser profile, a copy with one character changed in one journal line
// is refused naming that line and adds nothing, and the untouched package loads, saying its signing key is not
// known there. B's console then shows the same record as A's: the same head of the journal's chain at ENDEX, the
// same review timeline, the same report preview and the same saved report, character for character — only the
// host's own signing key, which the report and ENDEX name, differs. Once A's key, saved from A's Home, is
// imported on B, the same package loads as signed by a key B knows; chosen in B's Compare view, it is proved in
// the page (its signature by Chromium's WebCrypto) and differs from the exercise it carries in no figure.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  groupedHead,
  journalHead,
  shortFingerprint,
  type PackageManifest,
  type PackageSeal,
} from '../../core/index';
import { exerciseFiles } from '../../station-server/index';
import { startServeProcess, type ServeProcess } from '../fixtures/serve-process';
import { expect, expectNoFaults, hostAwayErrors, test, watchContext } from './fixtures';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
// The fixture journal home.e2e.ts loads: an ended, hand-played exercise with ratings after ENDEX.
const JOURNAL = readFileSync(
  path.join(PROJECT_ROOT, 'test', 'fixtures', 'journals', 'hand-played-combined-v3', 'events.jsonl'),
);
/** The package line the tampered copy changes (1-based; line 1 is the manifest, so this is journal line 39). */
const TAMPERED_LINE = 40;
/** What stands for a host's own signing key in the texts compared between the hosts. */
const HOST_KEY = '‹this host’s key›';

/** The lines of a text file, without the empty string after its last line break. */
function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Loads a file through Home's "Load a backup…", as a person choosing it would. */
async function loadBackup(page: Page, name: string, buffer: Buffer): Promise<void> {
  const exercises = page.getByRole('region', { name: 'Exercises' });
  const chooser = page.waitForEvent('filechooser');
  await exercises.getByRole('button', { name: 'Load a backup…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/x-pbsim-package', buffer });
}

/** What the console shows of an ended exercise that an evaluator relies on, as text. */
interface ShownRecord {
  /** The bar under ENDEX: the head of the journal's chain at ENDEX and the host's key. */
  endex: string;
  /** The review's Timeline view at its opening moment (the end). */
  timeline: string;
  /** The Report view's preview of the after-action report: overview, timeline, objectives, metrics annex. */
  preview: string;
  /** The report saved as HTML from the Report view. */
  html: string;
}

/** Opens the console of `exerciseId` and reads its ENDEX record, review timeline and report. */
async function recordShown(page: Page, exerciseId: string, events: number): Promise<ShownRecord> {
  await page.goto(`/#/console/${encodeURIComponent(exerciseId)}`);
  const endex = page.locator('p.endex-seal');
  await expect(endex).toContainText('The record at ENDEX:', { timeout: 60_000 });

  await page.getByRole('tab', { name: 'After-action review' }).click();
  const review = page.getByRole('region', { name: 'After-action review' });
  await expect(review).toContainText(
    `The exercise has ended: the review reads its whole log (${events} events).`,
    { timeout: 60_000 },
  );
  const views = review.getByRole('navigation', { name: 'Review views' });
  await expect(views.getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-pressed', 'true');
  // The moment shown is the end: its key events are listed in the scrubber's jump list.
  await expect(review.getByRole('combobox', { name: /^Jump to/ })).toBeVisible();
  const timeline = await review.innerText();

  await views.getByRole('button', { name: 'Report' }).click();
  const preview = review.getByRole('region', { name: 'Report preview' });
  // The seal is asked of the host once the report shows: wait for it, not for the sentence that stands in.
  await expect(preview).toContainText(`Record: after event ${events}, the journal’s hash chain reads`, {
    timeout: 60_000,
  });
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
    'After-action report and improvement plan',
  );
  const previewText = await preview.innerText();

  const downloading = page.waitForEvent('download');
  await review.getByRole('button', { name: 'Save as HTML' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${exerciseId}-report-en.html`);
  const html = readFileSync(await download.path(), 'utf8');
  await expect(review.getByRole('status')).toHaveText(`Saved ${exerciseId}-report-en.html.`);
  return { endex: await endex.innerText(), timeline, preview: previewText, html };
}

/** The record with a host's own key (its short fingerprint) replaced by HOST_KEY, wherever it is named. */
function withoutHostKey(shown: ShownRecord, fingerprint: string): ShownRecord {
  const key = shortFingerprint(fingerprint);
  const strip = (text: string) => text.replaceAll(key, HOST_KEY);
  return {
    endex: strip(shown.endex),
    timeline: strip(shown.timeline),
    preview: strip(shown.preview),
    html: strip(shown.html),
  };
}

/** Where two texts first differ, with some context (a whole report is too long to read in a failure), or null. */
function firstDifference(a: string, b: string): [string, string] | null {
  if (a === b) return null;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  const around = (text: string) => text.slice(Math.max(0, at - 120), at + 120);
  return [around(a), around(b)];
}

test('a package exported from one host opens on another in a fresh profile with the same review; a tampered one is refused naming its line', async ({
  page,
  host,
  browser,
}) => {
  // Two hosts, two restores (each checks the embedded documents), two consoles and reports on a busy machine.
  test.setTimeout(420_000);

  // 1. Host A: the fixture journal loaded, then downloaded from Home as a package.
  await page.goto('/');
  const exercisesA = page.getByRole('region', { name: 'Exercises' });
  await expect(exercisesA).toContainText('No exercise is in the exercise host’s data folder yet.');
  await loadBackup(page, 'hand-played.events.jsonl', JOURNAL);
  await expect(exercisesA.getByRole('status')).toContainText('Loaded', { timeout: 90_000 });
  const rowA = exercisesA.locator('tbody tr');
  await expect(rowA).toHaveCount(1);
  const [exerciseId] = readdirSync(host.dataFolder).filter((entry) => !entry.startsWith('.'));
  expect(exerciseId).toBeDefined();
  const id = exerciseId as string;

  const downloading = page.waitForEvent('download');
  await rowA.getByRole('button', { name: 'Download backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${id}.pbsim-package`);
  const packaged = readFileSync(await download.path());
  const packageText = packaged.toString('utf8');
  expect(packageText.startsWith('{"pbsimPackage":')).toBe(true);
  expect(packageText.endsWith('\n')).toBe(true);

  // Its middle lines are the journal on A's disk, line for line; the manifest and the seal say so.
  const packageLines = linesOf(packageText);
  const journalA = readFileSync(exerciseFiles(host.dataFolder, id).journal, 'utf8');
  const journalLines = linesOf(journalA);
  expect(journalLines.length).toBeGreaterThan(TAMPERED_LINE);
  expect(packageLines.length).toBe(journalLines.length + 2);
  packageLines.slice(1, -1).forEach((line, index) => {
    expect(line, `package line ${index + 2} is journal line ${index + 1}`).toBe(journalLines[index]);
  });
  const manifest = JSON.parse(packageLines[0] as string) as PackageManifest;
  const seal = JSON.parse(packageLines.at(-1) as string) as PackageSeal;
  expect(manifest.exerciseId).toBe(id);
  expect(manifest.journalLines).toBe(journalLines.length);
  expect(seal.head).toBe(journalHead(id, journalLines));
  const keyA = manifest.signer.fingerprint;

  // 2. What host A's console shows of it; the ENDEX head is the chain's after the exercise.ended line.
  const events = journalLines.length;
  const endedLine = journalLines.findIndex((line) => line.includes('"type":"exercise.ended"')) + 1;
  expect(endedLine).toBeGreaterThan(0);
  const shownA = await recordShown(page, id, events);
  expect(shownA.endex).toContain(
    `after event ${endedLine}, the journal’s hash chain reads ${groupedHead(journalHead(id, journalLines.slice(0, endedLine)))}.`,
  );
  expect(shownA.endex).toContain(`signs its packages with the key ${shortFingerprint(keyA)}`);
  // The report names the head of the whole journal it was drawn from: the package's head.
  const recorded = `Record: after event ${events}, the journal’s hash chain reads ${groupedHead(seal.head)};`;
  expect(shownA.preview.includes(recorded), 'the report preview names the package’s head').toBe(true);
  expect(shownA.html.includes(recorded), 'the saved report names the package’s head').toBe(true);

  // 3. Host B on a data folder of its own, opened in a fresh browser profile.
  const dataFolderB = mkdtempSync(path.join(tmpdir(), 'pbsim-e2e-data-'));
  let hostB: ServeProcess | undefined;
  try {
    hostB = await startServeProcess({ dataFolder: dataFolderB });
    const contextB = await browser.newContext({ baseURL: hostB.url });
    const faultsB = watchContext(contextB, hostB.origin, { expected: hostAwayErrors(hostB) });
    try {
      const pageB = await contextB.newPage();
      await pageB.goto('/');
      const exercisesB = pageB.getByRole('region', { name: 'Exercises' });
      await expect(exercisesB).toContainText('No exercise is in the exercise host’s data folder yet.');
      // Host B's own key, as its Home shows it: not A's.
      const ownKey = exercisesB.getByText(/^This host’s key: /);
      await expect(ownKey).toBeVisible({ timeout: 30_000 });
      const keyB = (await ownKey.getAttribute('title')) ?? '';
      expect(keyB).toMatch(/^[0-9a-f]{64}$/);
      expect(keyB).not.toBe(keyA);

      // A copy with one character changed inside one journal line (the last digit of an event's wall time: the
      // line is still a whole, valid event, only a few milliseconds off) is refused naming that line, and
      // nothing is added.
      const original = packageLines[TAMPERED_LINE - 1] as string;
      const tamperedLine = original.replace(
        /("wallMs":\d*)(\d)/,
        (_, head: string, digit: string) => `${head}${(Number(digit) + 1) % 10}`,
      );
      expect(tamperedLine).not.toBe(original);
      expect(tamperedLine.length).toBe(original.length);
      expect(() => JSON.parse(tamperedLine) as unknown).not.toThrow();
      const tampered = packageLines.with(TAMPERED_LINE - 1, tamperedLine);
      await loadBackup(pageB, `${id}.pbsim-package`, Buffer.from(`${tampered.join('\n')}\n`));
      const refused = exercisesB.getByRole('alert');
      await expect(refused).toHaveText(
        `Not loaded (nothing was added to the exercises): ${id}.pbsim-package: line ${TAMPERED_LINE}: not the line that was packaged there (edited, moved or removed)`,
        { timeout: 90_000 },
      );
      await expect(exercisesB).toContainText('No exercise is in the exercise host’s data folder yet.');
      await expect(exercisesB.locator('tbody tr')).toHaveCount(0);
      expect(readdirSync(dataFolderB).filter((entry) => !entry.startsWith('.'))).toEqual([]);

      // The untouched package loads, whole, from a signer this host does not know.
      await loadBackup(pageB, `${id}.pbsim-package`, packaged);
      const loaded = exercisesB.getByRole('status');
      await expect(loaded).toContainText('Loaded', { timeout: 90_000 });
      await expect(loaded).toContainText(`(${events} events).`);
      await expect(loaded).toContainText(
        `The package is whole, but signed by a key this host does not know (${shortFingerprint(keyA)}): check that fingerprint with whoever sent it`,
      );
      // Kept exactly as packaged: not brought up from an earlier version.
      await expect(loaded).not.toContainText('earlier version');
      await expect(exercisesB.getByRole('alert')).toHaveCount(0);
      await expect(exercisesB.locator('tbody tr')).toHaveCount(1);
      expect(readFileSync(exerciseFiles(dataFolderB, id).journal, 'utf8')).toBe(journalA);

      // 4. Host B's console shows the same record as A's. The only difference allowed: ENDEX and the report
      // name the key of the host showing them ("this host signs its packages with…"), A's on A and B's on B;
      // that key is masked on each side before comparing. The head, every figure and the timeline are equal.
      const shownB = await recordShown(pageB, id, events);
      expect(shownB.endex).toContain(`signs its packages with the key ${shortFingerprint(keyB)}`);
      const maskedA = withoutHostKey(shownA, keyA);
      const maskedB = withoutHostKey(shownB, keyB);
      for (const part of ['endex', 'timeline', 'preview', 'html'] as const)
        expect(firstDifference(maskedA[part], maskedB[part]), `${part}: host A's, then host B's`).toBeNull();
      // Something to compare: the figures and the timeline are in what was compared.
      expect(maskedA.preview).toContain('Timeline of key events and decisions');
      expect(maskedA.preview).toContain('Annex: metrics');
      expect(maskedA.preview).toMatch(new RegExp(`exercise\\.events\\s+${events}\\b`));

      // 5. Host A's key, saved from its Home as a key file and imported on B under a name: the same package,
      // loaded again, now comes from a key B knows.
      await page.goto('/');
      const savingKey = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save this host’s key' }).click();
      const keyFile = await savingKey;
      expect(keyFile.suggestedFilename()).toBe(`pbsim-host-key-${keyA.slice(0, 8)}.pem`);
      await pageB.goto('/');
      await pageB.getByLabel('Whose key is it?').fill('Exercise laptop A');
      const choosingKey = pageB.waitForEvent('filechooser');
      await pageB.getByRole('button', { name: 'Import a partner’s key…' }).click();
      await (await choosingKey).setFiles(await keyFile.path());
      const keys = pageB.getByRole('region', { name: 'Signing keys' });
      await expect(keys.getByRole('status')).toContainText(
        `Imported the key of Exercise laptop A (${shortFingerprint(keyA)}).`,
      );
      await expect(keys.getByRole('row', { name: /Exercise laptop A/ })).toContainText(
        shortFingerprint(keyA),
      );
      // The exercise's row (the key list below is a table of its own).
      const rowB = exercisesB.getByRole('row', { name: manifest.name });
      await rowB.getByRole('button', { name: 'Delete…' }).click();
      await exercisesB.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect(rowB).toHaveCount(0);
      await loadBackup(pageB, `${id}.pbsim-package`, packaged);
      await expect(exercisesB.getByRole('status').filter({ hasText: 'Loaded' })).toContainText(
        `The package is whole and signed by a key this host knows (${shortFingerprint(keyA)}).`,
        { timeout: 90_000 },
      );

      // 6. The package chosen in the review's Compare view on B: proved in the page — its signature by
      // Chromium's WebCrypto — and compared with the exercise it carries, which differs from it in nothing.
      await pageB.goto(`/#/console/${encodeURIComponent(id)}`);
      await pageB.getByRole('tab', { name: 'After-action review' }).click();
      await pageB
        .getByRole('navigation', { name: 'Review views' })
        .getByRole('button', { name: 'Compare' })
        .click();
      await pageB.getByLabel(/^Or a journal file/).setInputFiles({
        name: `${id}.pbsim-package`,
        mimeType: 'application/x-pbsim-package',
        buffer: packaged,
      });
      await expect(
        pageB.getByText(
          `${id}.pbsim-package is an exercise package whose chain and signature hold, signed by the key ${shortFingerprint(keyA)}`,
          { exact: false },
        ),
      ).toBeVisible({ timeout: 90_000 });
      await expect(pageB.getByText(/^0 of \d+ figures differ\.$/)).toBeVisible();
      expectNoFaults(faultsB);
    } finally {
      await contextB.close();
    }
  } finally {
    await hostB?.kill();
    rmSync(dataFolderB, { recursive: true, force: true });
  }
});
