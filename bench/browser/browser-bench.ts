// The browser benchmark (issues 6 §5 and 16): the controller console in real Chromium with a 5,000-inject,
// 100,000-event exercise. The app before the exercise host (the engine in the tab) is built and measured in
// the same run: its load of the backup through Home and its console's first render are the "before" figures.
// Against it, the current app served by an exercise host: the restore of the backup, from choosing the file
// until the console's first MSEL rows are painted; the console's first render reopened with this browser's
// IndexedDB copy in place (a reload) and with a wiped profile (a fresh browser context, rebuilt from the
// host), each as a ratio to the before figure; then the whole log, the slowest frame scrolling the MSEL, the
// page's JS heap, and the after-action review at the evaluator station (first render, p95 of scrubbing).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import {
  buildIfStale,
  ChannelBus,
  exerciseFiles,
  ExerciseHost,
  RENDERER_DIST,
  startHostServer,
  StationDoor,
} from '../../station-server/index';
import { printTable } from '../measure';
import { serveAppBeforeHost } from './app-before-host';
import { SCRUB_POINTS, timeReview, type ReviewTiming } from './review-timing';
import {
  BackupRefused,
  loadBackupUntilListed,
  restoreIntoConsole,
  type Restore,
} from './backup-through-home';
import { generateLargeExercise } from './large-exercise';
import {
  FIRST_ROWS_TIMER,
  heapBytes,
  LOADS,
  medianOpening,
  openConsole,
  SCROLL_PASSES,
  scrollPasses,
  type Opening,
  type Scrolling,
} from './page-timing';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];
const VIEWPORT = { width: 1440, height: 900 };
const LARGE = { exerciseId: 'bench-large', injects: 5_000, events: 100_000 };

/** Where the generated exercises are kept between runs. */
const JOURNAL_FOLDER = path.join(tmpdir(), 'playbook-sim-bench');

/** Generated once per machine and kept: playing 100,000 events through the engine takes minutes. */
async function journal(spec: typeof LARGE): Promise<string> {
  const folder = JOURNAL_FOLDER;
  const file = path.join(folder, `${spec.exerciseId}-${spec.injects}-injects-${spec.events}-events-v4.jsonl`);
  if (existsSync(file)) return file;
  await mkdir(folder, { recursive: true });
  console.log(`Generating the ${spec.events.toLocaleString('en')}-event exercise (once; kept in ${folder})…`);
  await generateLargeExercise(file, spec);
  return file;
}

/** A page in a browser context of its own (its own IndexedDB), timing the first MSEL rows of every load. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(FIRST_ROWS_TIMER);
  return context.newPage();
}

type Before =
  { found: true; commit: string; loadMs: number; opening: Opening } | { found: false; reason: string };

/** The app before the host: the backup loaded through its Home, then its console opened LOADS times. */
async function measureBeforeHost(browser: Browser): Promise<Before> {
  const app = await serveAppBeforeHost();
  if (!app.found) return app;
  const page = await freshPage(browser);
  try {
    // That commit reads journals of its own envelope version: it loads the exercise as it records it.
    let loadMs: number;
    try {
      const file = await app.journal(LARGE, JOURNAL_FOLDER);
      await page.goto(app.url);
      loadMs = await loadBackupUntilListed(page, file);
    } catch (error) {
      // Without that commit's journal, or with one it refuses, the before figures cannot be had; the
      // current app's are still measured.
      if (error instanceof BackupRefused)
        return { found: false, reason: `the app at ${app.commit} refuses the backup: ${error.message}` };
      return {
        found: false,
        reason: (error instanceof Error ? error.message : String(error)).split('\n')[0]!,
      };
    }
    const consoleUrl = `${app.url}#/console/${LARGE.exerciseId}`;
    const opening = await medianOpening(() => openConsole(page, consoleUrl));
    return { found: true, commit: app.commit, loadMs, opening };
  } finally {
    await page.context().close();
    await app.close();
  }
}

/** The console opened in a wiped profile: a fresh browser context for every load. */
async function openInFreshContext(browser: Browser, consoleUrl: string): Promise<Opening> {
  const page = await freshPage(browser);
  try {
    return await openConsole(page, consoleUrl);
  } finally {
    await page.context().close();
  }
}

interface Current {
  restore: Restore;
  reopened: Opening;
  wiped: Opening;
  scrolling: Scrolling;
  heapBytes: number;
  review: ReviewTiming;
}

/** Polls the page's IndexedDB until this browser's copy of the exercise holds event `seq` (10 minutes at most). */
async function waitForCopy(page: Page, exerciseId: string, seq: number): Promise<void> {
  const lastHeld = `(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('pbsim');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const range = IDBKeyRange.bound([${JSON.stringify(exerciseId)}, -Infinity], [${JSON.stringify(exerciseId)}, Infinity]);
    const request = db.transaction('events').objectStore('events').openKeyCursor(range, 'prev');
    const last = await new Promise((resolve) => { request.onsuccess = () => resolve(request.result ? request.result.key[1] : 0); });
    db.close();
    return last;
  })()`;
  const started = performance.now();
  while (((await page.evaluate(lastHeld)) as number) < seq) {
    if (performance.now() - started > 600_000)
      throw new Error(`the console's copy did not reach event ${seq}`);
    await page.waitForTimeout(500);
  }
}

/** The current app, served by an exercise host on a data folder of its own, as `npm start` serves it. */
async function measureCurrent(browser: Browser, file: string): Promise<Current> {
  await buildIfStale();
  const dataFolder = await mkdtemp(path.join(tmpdir(), 'playbook-sim-bench-data-'));
  const bus = new ChannelBus();
  const host = await ExerciseHost.start({ dataFolder, openChannel: bus.open });
  const door = await StationDoor.open({
    host,
    folderOf: (exerciseId) => exerciseFiles(dataFolder, exerciseId).folder,
  });
  const server = await startHostServer({
    host,
    bus,
    door,
    root: RENDERER_DIST,
    hostName: '127.0.0.1',
    port: 0,
  });
  const page = await freshPage(browser);
  try {
    // Home asks the host for its session and the list first; the file is chosen once that is done.
    await page.goto(server.url, { waitUntil: 'networkidle' });
    const restore = await restoreIntoConsole(page, file, LARGE.exerciseId);
    // The generated exercise was played at maximum speed; a controller reading the MSEL runs it at 1×
    // (at maximum the host plays the exercise four times a second, and every console writes it down).
    await page.getByLabel('Speed').selectOption('1');
    await page.waitForTimeout(500);
    // A reload is timed as a controller meets it: with this browser's copy written down to the host's last
    // event (the restore's console writes the copy behind its first render).
    const hosted = await host.open(LARGE.exerciseId);
    await waitForCopy(page, LARGE.exerciseId, hosted.events.at(-1)?.seq ?? 0);
    const reopened = await medianOpening(() => openConsole(page, restore.consoleUrl));
    const scrolling = await scrollPasses(page);
    const heap = await heapBytes(page);
    const wiped = await medianOpening(() => openInFreshContext(browser, restore.consoleUrl));
    const evaluatorUrl = `${server.url}#/evaluator/${encodeURIComponent(LARGE.exerciseId)}/evaluator`;
    const review = await timeReview(page.context(), evaluatorUrl, hosted.events.at(-1)?.seq ?? 0);
    return { restore, reopened, wiped, scrolling, heapBytes: heap, review };
  } finally {
    await page.context().close();
    await server.close();
    await host.close();
    await rm(dataFolder, { recursive: true, force: true });
  }
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

/** "1.12× before (target ≤ 1.0×)", or why there is no before figure. */
function againstBefore(value: number, before: Before): string {
  if (!before.found) return `(no before figure: ${before.reason})`;
  return `${(value / before.opening.firstRenderMs).toFixed(2)}× before   (target ≤ 1.0×)`;
}

const OPENED_BY: Record<Restore['openedBy'], string> = {
  link: 'console opened through the notice’s "Open the console" link',
  address: 'Home offers no "Open the console" link: console opened by its address once Home had loaded it',
  home: 'Home opened the console by itself',
};

/** Printed as soon as they are measured: a failure later in the run leaves them on screen. */
function beforeFigures(before: Before): [string, string][] {
  if (!before.found) return [['Before the host', `not measured: ${before.reason}; absolute figures only`]];
  return [
    ['Load the backup through Home (choosing the file to the exercise listed)', seconds(before.loadMs)],
    ['Console first render (navigation to the MSEL rows painted)', ms(before.opening.firstRenderMs)],
    ['Whole log read in the background (navigation to done)', seconds(before.opening.wholeLogMs)],
  ];
}

function currentFigures(before: Before, current: Current): [string, string][] {
  const { restore, reopened, wiped, scrolling } = current;
  const loadBefore = before.found ? `; before: load through Home ${seconds(before.loadMs)}` : '';
  return [
    [
      'Restore: choosing the file to the console’s first MSEL rows painted',
      `${seconds(restore.firstRowsMs)}   (target < 5 s${loadBefore}; ${OPENED_BY[restore.openedBy]})`,
    ],
    [
      'Restore: choosing the file to Home’s answer (the exercise listed or linked)',
      seconds(restore.answeredMs),
    ],
    ['Restore: choosing the file to the whole log read', seconds(restore.wholeLogMs)],
    [
      'Console first render, reopened with this browser’s copy (a reload)',
      `${ms(reopened.firstRenderMs)}   ${againstBefore(reopened.firstRenderMs, before)}`,
    ],
    ['Whole log read in the background, reopened (navigation to done)', seconds(reopened.wholeLogMs)],
    [
      'Console first render, wiped profile (a fresh browser context, rebuilt from the host)',
      `${ms(wiped.firstRenderMs)}   ${againstBefore(wiped.firstRenderMs, before)}`,
    ],
    ['Whole log read in the background, wiped profile (navigation to done)', seconds(wiped.wholeLogMs)],
    [
      `Slowest frame scrolling the MSEL (240 frames, clock at 1×; median of ${SCROLL_PASSES} passes)`,
      `${scrolling.slowestMs.toFixed(1)} ms   (target < 50 ms; median frame ${scrolling.medianMs.toFixed(1)} ms; worst of all passes ${scrolling.worstMs.toFixed(1)} ms)`,
    ],
    [
      'JS heap with the exercise open',
      `${(current.heapBytes / 1024 / 1024).toFixed(0)} MB   (target < 250 MB)`,
    ],
    [
      `After-action review at the evaluator station (${current.review.events.toLocaleString('en')} events in its copy): first render`,
      ms(current.review.firstRenderMs),
    ],
    [
      `Review: the state at ${SCRUB_POINTS} random points of the scrubber, input to painted`,
      `p95 ${ms(current.review.scrubP95Ms)}   (target < 100 ms; median ${ms(current.review.scrubP50Ms)}, slowest ${ms(current.review.scrubMaxMs)})`,
    ],
  ];
}

export async function benchBrowser(): Promise<void> {
  const large = await journal(LARGE);
  const size = `${LARGE.injects.toLocaleString('en')} injects and ${LARGE.events.toLocaleString('en')} events`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    // One after the other, never side by side: each has the machine to itself.
    const before = await measureBeforeHost(browser);
    printTable(
      `Browser, before the exercise host${before.found ? ` (${before.commit}, the engine in the tab)` : ''}: controller console with ${size} (Chromium, headless; median of ${LOADS} page loads)`,
      beforeFigures(before),
    );
    const current = await measureCurrent(browser, large);
    printTable(
      `Browser: controller console with ${size} against the exercise host (Chromium, headless; median of ${LOADS} page loads)`,
      currentFigures(before, current),
    );
  } finally {
    await browser.close();
  }
}
