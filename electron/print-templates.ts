import type { PrintRequest } from '../core/index';

/*
 * The PDF of a page, with the marking at the head and foot of every page (issue 21 §2). Electron's
 * `webContents.printToPDF` and Chromium's DevTools `Page.printToPDF` take the same header and footer
 * templates, so the templates are proved in Chromium (test/e2e/print-marking.e2e.ts reads the PDF back).
 */

/** Margins in inches, room for the header and footer lines. */
export const PDF_MARGINS = { top: 0.75, bottom: 0.75, left: 0.6, right: 0.6 } as const;

/** What `printToPDF` is given. */
export interface PdfOptions {
  pageSize: 'A4';
  landscape: boolean;
  printBackground: true;
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
  margins: typeof PDF_MARGINS;
  /** Tagged: a screen reader reads the PDF's structure. */
  generateTaggedPDF: true;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text: a marking comes from a scenario file and is never markup. */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] as string);
}

// A template has no style of its own (its font size is 0 unless set) and no access to the page's styles.
const LINE_STYLE =
  'font: 600 9px system-ui, sans-serif; width: 100%; text-align: center; letter-spacing: 0.05em;';
const FOOTNOTE_STYLE = 'font: 7px ui-monospace, monospace; width: 100%; text-align: center; margin-top: 2px;';

export function pdfOptions(request: PrintRequest): PdfOptions {
  const marking = htmlText(request.marking.toUpperCase());
  return {
    pageSize: 'A4',
    landscape: request.landscape ?? false,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${LINE_STYLE}">${marking}</div>`,
    footerTemplate:
      `<div style="${LINE_STYLE}">${marking}` +
      ` &#8212; <span class="pageNumber"></span> / <span class="totalPages"></span></div>` +
      // The template's footer spans the page: the footnote's lines fit on one.
      (request.footnote
        ? `<div style="${FOOTNOTE_STYLE}">${htmlText(request.footnote.replace(/\n/g, ' '))}</div>`
        : ''),
    margins: PDF_MARGINS,
    generateTaggedPDF: true,
  };
}
