// Printing to PDF with the marking on every page (issue 21 §2), in real Chromium, read back with pdftotext:
// the desktop app's header and footer templates (Electron's printToPDF takes the same templates as
// Chromium's, which page.pdf drives), and browser mode's print marking (page-margin boxes).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pdfOptions } from '../../electron/print-templates';
import { printMarkingCss } from '../../renderer/bridge/print-marking';
import { expect, test } from './fixtures';
import { pagesOf } from './pdf-text';

const FIXTURE = path.resolve(import.meta.dirname, '..', 'fixtures', 'print', 'three-pages.html');
const MARKING = 'EU RESTRICTED - EXERCISE';

const count = (text: string, part: string) => text.split(part).length - 1;

test('the desktop templates put the marking at the head and foot of every page, with page numbers', async ({
  page,
}) => {
  await page.setContent(readFileSync(FIXTURE, 'utf8'));
  const options = pdfOptions({ fileName: 'fixture.pdf', marking: MARKING.toLowerCase() });
  const inches = (value: number) => `${value}in`;
  const pdf = await page.pdf({
    format: options.pageSize,
    landscape: options.landscape,
    printBackground: options.printBackground,
    displayHeaderFooter: options.displayHeaderFooter,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
    margin: {
      top: inches(options.margins.top),
      bottom: inches(options.margins.bottom),
      left: inches(options.margins.left),
      right: inches(options.margins.right),
    },
    tagged: options.generateTaggedPDF,
  });
  const pages = pagesOf(pdf);
  expect(
    pages.map((text) => /Exercise overview|Coordination analysis|Improvement plan/.exec(text)?.[0]),
  ).toEqual(['Exercise overview', 'Coordination analysis', 'Improvement plan']);
  for (const [index, text] of pages.entries()) {
    expect(count(text, MARKING), `page ${index + 1}`).toBe(2);
    expect(text).toContain(`${index + 1} / 3`);
  }
});

test('browser mode’s print marking is in every printed page’s margins, clear of the content', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('banner')).toContainText('EXERCISE');
  await page.evaluate(
    ({ css }) => {
      // What addPrintMarking adopts for the print, and three pages' worth of content.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const filler = document.createElement('div');
      filler.style.height = '2600px';
      filler.textContent = 'filler';
      document.body.append(filler);
    },
    { css: printMarkingCss(MARKING.toLowerCase()) },
  );
  const pages = pagesOf(await page.pdf({ format: 'A4' }));
  expect(pages.length).toBeGreaterThanOrEqual(2);
  for (const [index, text] of pages.entries()) {
    // A line of its own at the head and at the foot: nothing of the page is printed over it.
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect([lines[0], lines.at(-1)], `page ${index + 1}`).toEqual([MARKING, MARKING]);
    expect(count(text, MARKING), `page ${index + 1}`).toBe(2);
  }
});
