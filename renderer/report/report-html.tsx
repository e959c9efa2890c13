import { renderToStaticMarkup } from 'react-dom/server';
import type { JournalSeal, Playbook, ReportModel, ScenarioDocument } from '../../core/index';
import { printMarkingCss } from '../bridge/index';
import { chartsCss } from '../charts/index';
import { DocumentLanguageProvider } from '../state/index';
import { ReportDocument } from './ReportDocument';
import reportCss from './report.css?raw';
import { reportWords } from './report-words';
import { sealFootnote } from './report-seal';

export interface ReportHtmlInput {
  report: ReportModel;
  /** The documents the exercise embeds (its read models' `content`): the words of its roles and mechanisms. */
  content: { playbook: Playbook; scenario: ScenarioDocument };
  /** The journal's head after the report's last event, and the signing key: on every page (issue 25); null where it cannot be had. */
  seal?: JournalSeal | null | undefined;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (character) => ESCAPES[character] as string);

/*
 * Nothing in the file may reach out: no script, no font, no image, no style sheet but its own. The policy
 * says so to the browser that opens it, so even a marking or an observation written to look like markup
 * could fetch nothing.
 */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Page numbers at the foot of every printed page, beside the marking printMarkingCss puts at head and foot. */
const PAGE_NUMBERS =
  '@page { @bottom-right { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; } }';

/**
 * The after-action report as one self-contained HTML file (issue 24 §2): the document, its charts as inline
 * SVG, its styles inline, and print rules that put the marking at the head and foot of every page with the
 * page number. It prints to PDF from any Chromium-based browser as it is (the CLI's `--format pdf` does that).
 */
export function reportHtml(input: ReportHtmlInput, options: { language: string }): string {
  const { report, content, seal } = input;
  const { language } = options;
  const body = renderToStaticMarkup(
    <DocumentLanguageProvider value={language}>
      <ReportDocument report={report} words={reportWords(content, language)} seal={seal} />
    </DocumentLanguageProvider>,
  );
  // A `<` inside the style element could end it: the only one there can be is in the marking's CSS string,
  // where `\3c ` is the same character.
  const css = [
    reportCss,
    chartsCss,
    printMarkingCss(report.overview.marking, seal ? sealFootnote(seal, language) : undefined),
    PAGE_NUMBERS,
  ]
    .join('\n')
    .replace(/</g, '\\3c ');
  const title = `${report.overview.marking.toUpperCase()} — ${report.overview.name}`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Playbook Exercise Simulator">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}
