// The accessibility check every screen of the end-to-end suite can run: axe-core over the page as it stands,
// against WCAG 2.1 A and AA and axe's best practices, failing on every finding a person would notice (impact
// critical, serious or moderate). Minor findings are left to judgement, as issue 18 §3 asks.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;
const FAILING_IMPACTS = new Set(['critical', 'serious', 'moderate']);

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One line per element at fault: rule, impact, the selector to find it and axe's help text. */
export function describeFindings(results: Pick<AxeResults, 'violations'>): string[] {
  return results.violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${violation.help} [${violation.helpUrl}]`,
      ),
    );
}

/**
 * Runs axe on `page` and records, softly (so one run lists every screen's findings), each critical, serious or
 * moderate violation; `screen` names the screen and state in the failure message.
 */
export async function expectNoAxeFindings(page: Page, screen: string): Promise<void> {
  // A tab in the background gets no animation frames, which axe waits on: check the page in front.
  await page.bringToFront();
  const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
  expect.soft(describeFindings(results), `axe-core findings on ${screen}`).toEqual([]);
}
