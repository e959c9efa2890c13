// The after-action report's model, documents and data exports on a generated 100,000-event exercise (issue 24
// §3): the time to build the report model, its HTML, its PDF, the data tables, their CSV and the XLSX workbook
// from read models already folded, each beside the time metricsOf takes on the same models in the same run (the
// report reads those figures, so the metrics are its floor). Targets: the model and the HTML under 5 s each.
import {
  buildReport,
  dataTables,
  ExerciseReadModels,
  MemoryEventStore,
  metricsOf,
  toCsv,
  toXlsx,
} from '../core/index';
import { findChromium, loadReportRenderer, printReportPdf } from '../cli/index';
import { generateJournal } from './generate-journal';
import { medianMs, printTable } from './measure';

const TARGET = 100_000;
const RUNS = 5;

export async function benchReportBuild(): Promise<void> {
  const engine = await generateJournal(new MemoryEventStore('bench-report'), TARGET);
  const events = engine.events;
  const models = ExerciseReadModels.of(events, engine.content);
  const metrics = metricsOf(models);
  const floor = medianMs(() => metricsOf(models), RUNS, 1);
  const model = medianMs(() => buildReport(models, metrics), RUNS, 1);
  const report = buildReport(models, metrics);
  // The document's modules load once per process (through Vite, as the CLI loads them): not part of a report.
  const renderer = await loadReportRenderer();
  const render = () => renderer.reportHtml({ report, content: models.content }, { language: 'en' });
  const html = render();
  const htmlMs = medianMs(render, 3, 1);
  const chromium = findChromium({ env: process.env }).found;
  let pdf: { ms: number; bytes: number } | null = null;
  if (chromium) {
    const started = performance.now();
    const bytes = (await printReportPdf(html, chromium)).length;
    pdf = { ms: performance.now() - started, bytes };
  }
  const tables = dataTables(events, models, metrics);
  const tablesMs = medianMs(() => dataTables(events, models, metrics), RUNS, 1);
  const csvMs = medianMs(() => tables.forEach((table) => toCsv(table)), RUNS, 1);
  const xlsxMs = medianMs(() => toXlsx(tables), 3, 0);
  const ratio = (ms: number) => `${(ms / floor).toFixed(2)}× metricsOf`;
  printTable(
    `After-action report of ${events.length.toLocaleString('en')} events (median of ${RUNS}; read models folded beforehand)`,
    [
      ['metricsOf (the floor)', `${floor.toFixed(0)} ms`],
      ['report model (buildReport)', `${model.toFixed(0)} ms = ${ratio(model)}   (target < 5 s)`],
      [
        `report HTML (${(html.length / 1e6).toFixed(1)} MB, median of 3)`,
        `${htmlMs.toFixed(0)} ms = ${ratio(htmlMs)}   (target < 5 s)`,
      ],
      [
        pdf ? `report PDF (${(pdf.bytes / 1e6).toFixed(1)} MB, once, by ${chromium})` : 'report PDF',
        pdf ? `${pdf.ms.toFixed(0)} ms = ${ratio(pdf.ms)}` : 'not timed: no Chromium found',
      ],
      ['data tables (six)', `${tablesMs.toFixed(0)} ms = ${ratio(tablesMs)}`],
      [
        `CSV of the tables (${tables.reduce((sum, table) => sum + table.rows.length, 0).toLocaleString('en')} rows)`,
        `${csvMs.toFixed(0)} ms = ${ratio(csvMs)}`,
      ],
      ['XLSX workbook (median of 3)', `${xlsxMs.toFixed(0)} ms = ${ratio(xlsxMs)}`],
    ],
  );
}
