// What the browser benchmark times in the page: the console's first MSEL rows painted, the whole log read,
// frames while scrolling the MSEL and the JS heap. Only the page is read (the MSEL rows, the status line that
// says the log is still being read), never the app's internals, so the same steps time the app before the
// exercise host and the current one.
import type { Page } from '@playwright/test';

/** Page loads per figure: the median is printed, the machines here are noisy. */
export const LOADS = 3;

/** Scroll passes over the MSEL; like page loads, the median pass is printed (and the worst frame of all). */
export const SCROLL_PASSES = 3;

/**
 * The console's lines while the log is coming in all count what it has: "Reading the earlier log: 1,200 of
 * 100,000 events" before the host, "Reading the log from the exercise host: …", "taking one from the
 * exercise host (history … of … events)". The whole log is in when no such line shows.
 */
const EVENTS_STILL_COMING = /\d of \d[\d,.\u00a0\u202f]* events\b/;

/**
 * Timed in the page, from each navigation on: the first frame that starts after the frame that painted the
 * first MSEL rows (two animation frames after they reach the DOM, so their layout and paint are included).
 * Asking from the test instead would add the time Playwright's polling waits for the page's main thread,
 * which is busy reading the earlier log as soon as the console is on screen. The same moment is also kept on
 * the wall clock (time origin + now), to time a restore that starts on Home in the same page.
 */
export const FIRST_ROWS_TIMER = `(() => {
  const painted = () => requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      globalThis.__pbsimFirstRowsMs = performance.now();
      globalThis.__pbsimFirstRowsAt = performance.timeOrigin + performance.now();
    }));
  new MutationObserver((records, observer) => {
    if (!document.querySelector('.msel-body [role="row"]')) return;
    observer.disconnect();
    painted();
  }).observe(document, { childList: true, subtree: true });
})()`;

/** The page's wall clock now, in the same terms as __pbsimFirstRowsAt. */
export async function pageNowAt(page: Page): Promise<number> {
  return (await page.evaluate('performance.timeOrigin + performance.now()')) as number;
}

/** Polled: the page's CSP forbids the string evaluation waitForFunction would need. */
async function pageNumber(page: Page, name: '__pbsimFirstRowsMs' | '__pbsimFirstRowsAt'): Promise<number> {
  try {
    await page.locator('.msel-body [role="row"]').first().waitFor({ timeout: 300_000 });
  } catch {
    const said = (await page.locator('body').innerText()).replace(/\s+/g, ' ').trim().slice(0, 300);
    throw new Error(
      `The console at ${page.url()} showed no MSEL rows within 5 minutes. The page said: ${said}`,
    );
  }
  for (;;) {
    const value = (await page.evaluate(`globalThis.${name}`)) as number | undefined;
    if (value !== undefined) return value;
    await page.waitForTimeout(20);
  }
}

/** Navigation start to the first MSEL rows painted, in ms (FIRST_ROWS_TIMER must be installed). */
export const firstRowsMs = (page: Page) => pageNumber(page, '__pbsimFirstRowsMs');

/** The wall-clock moment the first MSEL rows were painted (FIRST_ROWS_TIMER must be installed). */
export const firstRowsAt = (page: Page) => pageNumber(page, '__pbsimFirstRowsAt');

/** Waits until the console no longer counts the events it has read. */
export async function waitForWholeLog(page: Page): Promise<void> {
  // first(): resolves once no such line is left, however many there were.
  await page.getByText(EVENTS_STILL_COMING).first().waitFor({ state: 'hidden', timeout: 600_000 });
}

export interface Opening {
  /** Navigation start to the first MSEL rows painted. */
  firstRenderMs: number;
  /** Navigation start to the whole log read. */
  wholeLogMs: number;
}

/** A fresh page load straight into the console at `consoleUrl`: navigation start to the first MSEL rows, then the whole log. */
export async function openConsole(page: Page, consoleUrl: string): Promise<Opening> {
  await page.goto('about:blank');
  await page.goto(consoleUrl);
  const firstRenderMs = await firstRowsMs(page);
  await waitForWholeLog(page);
  const wholeLogMs = (await page.evaluate('performance.now()')) as number;
  return { firstRenderMs, wholeLogMs };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** `open` run LOADS times one after the other; each figure is the median of its own. */
export async function medianOpening(open: () => Promise<Opening>): Promise<Opening> {
  const runs: Opening[] = [];
  for (let load = 0; load < LOADS; load++) runs.push(await open());
  return {
    firstRenderMs: median(runs.map((run) => run.firstRenderMs)),
    wholeLogMs: median(runs.map((run) => run.wholeLogMs)),
  };
}

/** Frame times while scrolling the MSEL 300 px a frame from the top, in the page (text: no DOM lib here). */
async function scrollFrames(page: Page): Promise<number[]> {
  return (await page.evaluate(`(async () => {
    const body = document.querySelector('.msel-body');
    if (!body) throw new Error('no MSEL grid on the page');
    body.scrollTop = 0;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const frames = [];
    let last = performance.now();
    for (let step = 0; step < 240; step++) {
      body.scrollTop += 300;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return frames;
  })()`)) as number[];
}

export interface Scrolling {
  /** The slowest frame of the typical pass (the passes ordered by their slowest frame, the middle one). */
  slowestMs: number;
  /** The median frame of that pass. */
  medianMs: number;
  /** The slowest frame of all passes. */
  worstMs: number;
}

export async function scrollPasses(page: Page): Promise<Scrolling> {
  const passes: number[][] = [];
  for (let pass = 0; pass < SCROLL_PASSES; pass++)
    passes.push((await scrollFrames(page)).sort((a, b) => a - b));
  passes.sort((a, b) => (a.at(-1) ?? 0) - (b.at(-1) ?? 0));
  const typical = passes[Math.floor(passes.length / 2)] as number[];
  return {
    slowestMs: typical.at(-1) ?? Number.NaN,
    medianMs: median(typical),
    worstMs: Math.max(...passes.map((frames) => frames.at(-1) ?? 0)),
  };
}

/** The page's JS heap after a garbage collection, in bytes. */
export async function heapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}
