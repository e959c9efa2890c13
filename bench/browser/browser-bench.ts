// The browser benchmark (issue 6 §5): the controller console in real Chromium with a 5,000-inject,
// 100,000-event exercise loaded through Home's "Load a backup": time to first render of the console, the
// slowest frame while scrolling the MSEL, and the page's JS heap with that exercise open. The console shows
// the state from the latest snapshot first and reads the earlier log in the background; the scroll is
// measured once that is done, and the time it took is printed too.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { buildIfStale, RENDERER_DIST, startStaticServer } from '../../station-server/index';
import { printTable } from '../measure';
import { generateLargeExercise } from './large-exercise';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];
const INJECTS = 5_000;
const EVENTS = 100_000;

/** Generated once per machine and kept: playing 100,000 events through the engine takes minutes. */
async function largeJournal(): Promise<string> {
  const folder = path.join(tmpdir(), 'playbook-sim-bench');
  const file = path.join(folder, `browser-${INJECTS}-injects-${EVENTS}-events-v4.jsonl`);
  if (existsSync(file)) return file;
  await mkdir(folder, { recursive: true });
  console.log(`Generating the ${EVENTS.toLocaleString('en')}-event exercise (once; kept in ${folder})…`);
  await generateLargeExercise(file, { injects: INJECTS, events: EVENTS });
  return file;
}

export async function benchBrowser(): Promise<void> {
  const journal = await largeJournal();
  await buildIfStale();
  const server = await startStaticServer({ root: RENDERER_DIST, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    const loadStarted = performance.now();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Load a backup…' }).click();
    await (await chooser).setFiles(journal);
    await page.getByText(/^Loaded /).waitFor({ timeout: 600_000 });
    const loadMs = performance.now() - loadStarted;

    // A fresh page load straight into the console: navigation start to the first MSEL rows on screen.
    await page.goto('about:blank');
    await page.goto(`${server.url}#/console/bench-large`);
    await page.locator('.msel-body [role="row"]').first().waitFor({ timeout: 120_000 });
    const firstRenderMs = (await page.evaluate('performance.now()')) as number;
    // The state is shown from the latest snapshot; the earlier log follows in the background.
    await page.getByText(/^Reading the earlier log/).waitFor({ state: 'hidden', timeout: 300_000 });
    const wholeLogMs = (await page.evaluate('performance.now()')) as number;
    // The generated exercise was played at maximum speed; a controller reading the MSEL runs it at 1×
    // (at maximum the clock pulse itself plays the exercise on this thread, four times a second).
    await page.getByLabel('Speed').selectOption('1');
    await page.waitForTimeout(500);

    // In the page (written as text: this file is compiled without the DOM library).
    const slowestFrameMs = (await page.evaluate(`(async () => {
      const body = document.querySelector('.msel-body');
      if (!body) throw new Error('no MSEL grid on the page');
      const frames = [];
      let last = performance.now();
      for (let step = 0; step < 240; step++) {
        body.scrollTop += 300;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      return Math.max(...frames);
    })()`)) as number;

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapBytes = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;

    printTable(
      `Browser: controller console with ${INJECTS.toLocaleString('en')} injects and ${EVENTS.toLocaleString('en')} events (Chromium, headless)`,
      [
        ['Load the backup through Home', `${(loadMs / 1000).toFixed(1)} s`],
        [
          'Console first render (navigation to MSEL rows)',
          `${firstRenderMs.toFixed(0)} ms   (target < 1,000 ms)`,
        ],
        ['Whole log read in the background (navigation to done)', `${(wholeLogMs / 1000).toFixed(1)} s`],
        [
          'Slowest frame scrolling the MSEL (240 frames, clock at 1×)',
          `${slowestFrameMs.toFixed(1)} ms   (target < 50 ms)`,
        ],
        ['JS heap with the exercise open', `${(heapBytes / 1024 / 1024).toFixed(0)} MB   (target < 250 MB)`],
      ],
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
