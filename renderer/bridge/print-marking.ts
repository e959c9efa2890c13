/*
 * The marking at the head and foot of every printed page in browser mode. The desktop app prints with header
 * and footer templates (electron/print-templates.ts); a browser's own print has none, so the marking goes into
 * the page margins' boxes (`@page { @top-center … }`, which Chromium draws from version 131) through a
 * constructed style sheet, for as long as the print lasts. A constructed sheet is not an inline style, so the
 * app's policy (`style-src 'self'`) allows it; and page-margin boxes never cover the page's own content.
 */

/** A string as a CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/** Lines as one CSS string literal whose line breaks a `white-space: pre` box keeps. */
const cssLines = (text: string) =>
  text
    .split('\n')
    .map((line) => cssString(line).slice(1, -1))
    .join('\\A ');

/**
 * The print rules that put `marking` at the head and foot of every page, and a `footnote` (the report's journal
 * head, issue 25; its lines kept) small at the foot's left. The foot's side boxes get a width of their own, so
 * the marking between them keeps the middle of the page however long the footnote is.
 */
export function printMarkingCss(marking: string, footnote?: string): string {
  const box = `content: ${cssString(marking.toUpperCase())}; font: 600 9pt system-ui, sans-serif; letter-spacing: 0.05em;`;
  const note = footnote
    ? ` @bottom-left { content: "${cssLines(footnote)}"; font: 5.5pt ui-monospace, monospace; white-space: pre; text-align: left; width: 28%; } @bottom-right { width: 28%; }`
    : '';
  return `@page { margin: 18mm 15mm; @top-center { ${box} } @bottom-center { ${box} }${note} }`;
}

/** Puts the marking on the document's printed pages; the returned function takes it off again. */
export function addPrintMarking(doc: Document, marking: string, footnote?: string): () => void {
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in doc)) return () => undefined;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(printMarkingCss(marking, footnote));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}

/**
 * The browser's print, with the marking on every page and the file name as the suggested PDF name (browsers
 * take it from the title). `window.print()` returns when the dialog closes; whether the user saved a PDF or
 * cancelled, the page cannot tell, so this resolves true once the dialog was shown.
 */
export function printWithMarking(
  win: Window,
  request: { fileName: string; marking: string; footnote?: string | undefined },
): boolean {
  const doc = win.document;
  const title = doc.title;
  const remove = addPrintMarking(doc, request.marking, request.footnote);
  doc.title = request.fileName.replace(/\.pdf$/i, '');
  try {
    win.print();
  } finally {
    doc.title = title;
    remove();
  }
  return true;
}
