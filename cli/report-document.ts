import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildReport } from '../core/index';
import { findChromium, noChromiumMessage, printHtmlToPdf } from './chromium-pdf';
import { UsageError } from './exit-codes';
import type { ReadExercise } from './report-exports';
import { loadReportRenderer, type ReportRenderer } from './report-renderer';

/** The report as a document: the self-contained HTML file, or that file printed to PDF by a Chromium. */
export type DocumentFormat = 'html' | 'pdf';

/** Everything a document needs that is found before the journal is read, so a problem costs no work. */
export interface DocumentSettings {
  renderer: ReportRenderer;
  language: string;
  /** The Chromium that prints the PDF; null for HTML. */
  chromium: string | null;
}

/**
 * The language checked against the UI's and, for a PDF, a Chromium found (`--chromium`, PBSIM_CHROMIUM,
 * CHROME_PATH, the usual install places). A missing Chromium is a message for the user, not a usage error.
 */
export async function prepareDocument(
  format: DocumentFormat,
  options: { language: string | null; chromium: string | null },
): Promise<DocumentSettings | { problem: string }> {
  const renderer = await loadReportRenderer();
  const language = options.language ?? 'en';
  if (!renderer.reportLanguages.includes(language)) {
    throw new UsageError(
      `report: --language must be one of ${renderer.reportLanguages.join(', ')} (got "${language}")`,
    );
  }
  if (format === 'html') return { renderer, language, chromium: null };
  const search = findChromium({ explicit: options.chromium, env: process.env });
  if (search.found === null) return { problem: noChromiumMessage(search.looked) };
  return { renderer, language, chromium: search.found };
}

/** The report's HTML in the language asked for, built from the same read models as metrics.json. */
export function reportDocumentHtml(exercise: ReadExercise, settings: DocumentSettings): string {
  const { models, metrics, marking, seal } = exercise;
  const report = buildReport(models, metrics, { marking });
  return settings.renderer.reportHtml(
    { report, content: models.content, seal },
    { language: settings.language },
  );
}

/** The PDF of a report's HTML: printed from a private temporary folder, which is removed whatever happens. */
export async function printReportPdf(html: string, chromium: string): Promise<Uint8Array> {
  const folder = await mkdtemp(path.join(tmpdir(), 'pbsim-report-'));
  try {
    const htmlFile = path.join(folder, 'report.html');
    const pdfFile = path.join(folder, 'report.pdf');
    await writeFile(htmlFile, html);
    await printHtmlToPdf(htmlFile, pdfFile, { chromium });
    return new Uint8Array(await readFile(pdfFile));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
