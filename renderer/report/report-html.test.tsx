// The saved report: one file that reaches for nothing outside itself, prints its marking on every page, and
// cannot be made to run or fetch anything by what a user typed into the exercise.
import { describe, expect, it } from 'vitest';
import { buildReport, metricsOf } from '../../core/index';
import { reviewModels } from '../../test/fixtures/review-log';
import { reportHtml } from './report-html';

async function htmlOf(marking: string, language = 'en') {
  const { models } = await reviewModels();
  const report = buildReport(models, metricsOf(models), { marking });
  return reportHtml({ report, content: models.content }, { language });
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Every attribute value that names a resource: what a browser would fetch or follow. */
function references(document: Document): string[] {
  const names = ['src', 'href', 'xlink:href', 'srcset', 'poster', 'data', 'action', 'background'];
  return [...document.querySelectorAll('*')].flatMap((element) =>
    names.flatMap((name) => {
      const value = element.getAttribute(name);
      return value === null ? [] : [value];
    }),
  );
}

describe('reportHtml', () => {
  it('is one self-contained document: its styles inline, its charts inline SVG, no reference outside it', async () => {
    const html = await htmlOf('EXERCISE');
    const document = parse(html);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(document.documentElement.lang).toBe('en');
    // The six charts of the review in the document itself (the CoordinationSection's two among them): five
    // drawn as SVG, the legal clocks' saying in words that the review log ran none.
    expect(document.querySelectorAll('figure.chart')).toHaveLength(6);
    expect(document.querySelectorAll('figure.chart svg[role="img"]')).toHaveLength(5);
    expect(document.querySelector('#report-legalClocks .chart-empty')).not.toBeNull();
    // The references there are (the contents' links) are live, and every one points inside the document.
    const refs = references(document);
    expect(refs.length).toBeGreaterThanOrEqual(7);
    for (const ref of refs) expect(ref, ref).toMatch(/^#/);
    expect(document.querySelectorAll('script, link, img, iframe, object, embed, base')).toHaveLength(0);
    const css = [...document.querySelectorAll('style')].map((style) => style.textContent).join('\n');
    expect(css).toContain('.report-document');
    expect(css).toContain('.chart-svg');
    expect(css).not.toMatch(/url\(|@import/);
    // The browser that opens it is told so too.
    expect(
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  });

  it('prints the marking at the head and foot of every page, with the page number', async () => {
    const css = parse(await htmlOf('eu restricted')).querySelector('style')?.textContent ?? '';
    expect(css).toContain('@top-center { content: "EU RESTRICTED"');
    expect(css).toContain('@bottom-center { content: "EU RESTRICTED"');
    expect(css).toContain('counter(page) " / " counter(pages)');
  });

  it('keeps a marking written like markup as text: nothing runs and the style sheet stays whole', async () => {
    const marking = '</style><script>alert(1)</script>';
    const document = parse(await htmlOf(marking));
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(document.title).toBe(`${marking.toUpperCase()} — Mini`);
    // Shown on the page as the user wrote it, upper-cased.
    expect(document.querySelector('.report-marking')?.textContent).toBe(marking.toUpperCase());
  });

  it('is written in the language asked for', async () => {
    const document = parse(await htmlOf('EXERCISE', 'nl'));
    expect(document.documentElement.lang).toBe('nl');
    expect(document.querySelector('h1')?.textContent).toBe('Evaluatierapport en verbeterplan');
  });
});
