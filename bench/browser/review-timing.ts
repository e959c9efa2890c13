// The after-action review at the evaluator station (issue 22 §3): the review's first render, and the time to
// show the exercise as it stood at random points of the scrubber. Timed in the page, from the input to the
// frame after the new moment reached the DOM, so layout and paint are included; only the page is read.
import type { BrowserContext, Page } from '@playwright/test';
import { percentile } from '../measure';

/** Random scrubber points timed (after a few untimed ones warm the page up). */
export const SCRUB_POINTS = 200;
const WARM_UP = 10;

export interface ReviewTiming {
  /** Events the evaluator's copy held when the review was measured. */
  events: number;
  firstRenderMs: number;
  scrubP50Ms: number;
  scrubP95Ms: number;
  scrubMaxMs: number;
}

/** The events the review says it reads: "… (12,345 events)" or "… (12,345 events so far)". */
const EVENT_COUNT = /\(([\d,.\u00a0\u202f]+) events/;

/** Clicks the review's tab and waits for the moment to be painted: run in the page. */
const FIRST_RENDER = `(async () => {
  const tab = [...document.querySelectorAll('nav button')].find((b) => b.textContent === 'After-action review');
  if (!tab) throw new Error('the evaluator shows no After-action review section');
  const started = performance.now();
  tab.click();
  while (!document.querySelector('.review-moment-head')) await new Promise((r) => setTimeout(r, 1));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  return performance.now() - started;
})()`;

/**
 * Moves the scrubber to seeded random points and times each from the input event to the next frame. React
 * handles the input as a discrete event, so the new moment is in the DOM when dispatch returns; its heading
 * must name the slider's new time, so a point that showed nothing new fails the run.
 */
const SCRUB = (points: number, warmUp: number) => `(async () => {
  const slider = document.querySelector('.review-scrubber input[type=range]');
  const heading = () => document.querySelector('.review-moment-head strong')?.textContent ?? '';
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const end = Number(slider.max);
  let seed = 22;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const times = [];
  for (let i = 0; i < ${points + warmUp}; i += 1) {
    const target = Math.floor(random() * end);
    const started = performance.now();
    setValue.call(slider, String(target));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const took = performance.now() - started;
    // The moment shown must be the one for the slider's new time (the clock beside the slider says it).
    const clock = document.querySelector('.review-clock').textContent;
    if (!heading().includes(clock)) throw new Error('the review did not show ' + clock + ' but ' + heading());
    if (i >= ${warmUp}) times.push(took);
  }
  return times;
})()`;

/** Opens the evaluator station in the context, waits for its copy of the whole log, and times the review. */
export async function timeReview(
  context: BrowserContext,
  evaluatorUrl: string,
  lastSeq: number,
): Promise<ReviewTiming> {
  const page = await context.newPage();
  try {
    await page.goto(evaluatorUrl);
    const review = page.getByRole('button', { name: 'After-action review' });
    await review.waitFor({ timeout: 300_000 });
    // The evaluator's copy fills from the host; the review counts the events it reads.
    const events = await waitForWholeStream(page, lastSeq);
    // Back to another section, so the review's first render is timed from its own click.
    await page.getByRole('button', { name: 'Evaluation guide' }).click();
    const firstRenderMs = (await page.evaluate(FIRST_RENDER)) as number;
    const times = (await page.evaluate(SCRUB(SCRUB_POINTS, WARM_UP))) as number[];
    return {
      events,
      firstRenderMs,
      scrubP50Ms: percentile(times, 50),
      scrubP95Ms: percentile(times, 95),
      scrubMaxMs: Math.max(...times),
    };
  } finally {
    await page.close();
  }
}

/** Polls the review's count of events until it stops growing near the host's last event (10 minutes at most). */
async function waitForWholeStream(page: Page, lastSeq: number): Promise<number> {
  await page.getByRole('button', { name: 'After-action review' }).click();
  const started = Date.now();
  let last = -1;
  for (;;) {
    const said = (await page.locator('.review > p.muted').first().textContent()) ?? '';
    const count = Number((EVENT_COUNT.exec(said)?.[1] ?? '0').replace(/[^\d]/g, ''));
    // The evaluator's stream leaves out a few host-only events, and the copy fills in pages: it is taken as
    // whole once it holds about as many events as the host had and a poll later holds no more (the restored
    // exercise's clock runs at 1×, which adds an event now and then, not a page).
    if (count >= lastSeq * 0.9 && count === last) return count;
    if (Date.now() - started > 600_000)
      throw new Error(`the evaluator's copy stopped at ${count} of ${lastSeq} events`);
    last = count;
    await page.waitForTimeout(2000);
  }
}
