import path from 'node:path';
import {
  canonicalJson,
  compareRuns,
  ComparisonError,
  formatScenarioTime,
  metricsOf,
  renderComparison,
  type ExerciseReadModels,
  type EventSummary,
  type ExerciseEvent,
  type MetricsComparison,
} from '../core/index';
import { EXIT, UsageError } from './exit-codes';
import { parseOptions } from './parse-options';
import { branchReportLines } from './branch-report';
import { COMPLETE_OUTPUTS, PARTIAL_OUTPUTS, writeExerciseOutputs } from './exercise-outputs';
import { checkOutputFile, requireInputFile, writeOutputFile } from './output-files';
import { readJournalModels } from './read-journal-models';
import { PdfPrintError } from './chromium-pdf';
import { prepareDocument } from './report-document';
import { isReportFormat, REPORT_FORMATS, writeReportExports } from './report-exports';
import type { CommandOutput } from './validate-command';

/** Where a comparison goes; of a damaged journal's prefix, under names of its own, as metrics do. */
const COMPARISON_OUTPUTS = {
  complete: { json: 'comparison.json', markdown: 'comparison.md' },
  partial: { json: 'comparison.partial.json', markdown: 'comparison.partial.md' },
} as const;

export const REPORT_HELP = `Usage: npm run --silent cli -- report <events.jsonl> [--format html|pdf|csv|xlsx|json] [--language en|nl] [--chromium PATH] [--compare FILE] [--out DIR]

Recomputes metrics.json and summary.md from a journal alone (it embeds its scenario and playbook); for a
journal written by "run" they are identical to what the run wrote. An exercise package (a backup from Home,
<id>.pbsim-package) is proved first — its chain over the journal's lines, its seal and its signature — and
refused, naming its first line at fault, if it was altered; the output says who signed it (the CLI keeps no
known keys: compare the fingerprint with the host that made it). A journal whose last line is torn (a
crash mid-write) is reported as such and the events before it are used (torn in its first line, it has
none: exit 1). A line over 64 MB is a damaged line. The documents it embeds are checked
first (their hashes, their schema): one edited after it was written is refused.

A journal damaged before its end (a bad line, bytes that are not UTF-8) is reported on the events before
the damage, and those figures of a prefix are written as metrics.partial.json and summary.partial.md: the
metrics.json and summary.md of the complete run, if any, are left as they are. The output says which files
it wrote.

With --compare, the other journal (of the same scenario: another run, or a what-if branch's origin) is read
the same careful way, and the two runs are compared figure by figure in scenario time (docs/metrics.md,
"Comparing two runs"): comparison.json and comparison.md are written beside metrics.json (from a damaged
journal, comparison.partial.json and comparison.partial.md). Differences read as this journal against the
other. When one is a what-if branch of the other (docs/adr/0009-what-if-branches.md), the output says whether
the part before the branch is still the origin's, event for event, or names the first event that differs.

With --format, the exports are written instead of metrics.json and summary.md: html, the after-action report
and improvement plan as one self-contained file (report.html: no external reference of any kind, charts as
inline SVG, the marking at the head and foot of every printed page); pdf, the same document printed by a
Chromium or Chrome found on this machine (report.pdf; --chromium PATH or PBSIM_CHROMIUM names one, and
without one nothing is written and the message says where it looked); csv, one file per table
(events.csv, decisions.csv, observations.csv, ratings.csv, metrics.csv, improvement-plan.csv); xlsx, one
workbook (report.xlsx) with a sheet per table; json, the after-action report's model (report.json: overview,
objectives with ratings and observations, timeline, coordination, legal clocks, metrics, improvement plan).
A text cell that starts like a formula (= + - @, a tab or a carriage return) is written with a leading
apostrophe, so a spreadsheet shows it and never runs it. Exports are written only for a whole journal.

Options:
  --format FORMAT  html, pdf, csv, xlsx or json: the exports of the exercise
  --language LANG  the report's language for html and pdf: en (default) or nl
  --chromium PATH  the Chromium or Chrome that prints the pdf (default: the first found)
  --compare FILE   another journal of the same scenario to compare this one with
  --out DIR        where to write (default: the journal's folder; made if missing)

Exit codes: 0 reported · 1 a file is not a readable journal, its embedded documents are refused, it is
damaged before its end, the two journals play different scenarios, a file cannot be read or written, or no
Chromium was found to print the pdf or it failed to ·
2 usage error · 3 internal error`;

/** comparison.json and comparison.md, each written whole or not at all. Returns the paths written. */
async function writeComparison(
  folder: string,
  names: (typeof COMPARISON_OUTPUTS)[keyof typeof COMPARISON_OUTPUTS],
  runs: { a: ExerciseReadModels; b: ExerciseReadModels; comparison: MetricsComparison },
): Promise<{ json: string; markdown: string }> {
  const written = { json: path.join(folder, names.json), markdown: path.join(folder, names.markdown) };
  await writeOutputFile('report', written.json, `${canonicalJson(runs.comparison, 2)}\n`);
  await writeOutputFile('report', written.markdown, renderComparison(runs.a, runs.b, runs.comparison));
  return written;
}

export async function runReport(args: readonly string[], output: CommandOutput): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    output.out(REPORT_HELP);
    return EXIT.ok;
  }
  const { positional, values } = parseOptions('report', args, {
    values: ['--out', '--compare', '--format', '--language', '--chromium'],
  });
  const out = values.get('--out') ?? null;
  const format = values.get('--format') ?? null;
  if (format !== null && !isReportFormat(format))
    throw new UsageError(`report: --format must be one of ${REPORT_FORMATS.join(', ')} (got "${format}")`);
  const other = values.get('--compare') ?? null;
  if (positional.length !== 1) throw new UsageError('report: name exactly one journal (events.jsonl)');
  const language = values.get('--language') ?? null;
  const chromium = values.get('--chromium') ?? null;
  const isDocument = format === 'html' || format === 'pdf';
  if ((language !== null || chromium !== null) && !isDocument)
    throw new UsageError('report: --language and --chromium go with --format html or pdf');
  if (chromium !== null && format !== 'pdf')
    throw new UsageError('report: --chromium goes with --format pdf');
  const file = positional[0] as string;
  const inputs = other === null ? [file] : [file, other];
  for (const input of inputs) await requireInputFile('report', input);
  // The language and the printer are settled before the journal is read: a PDF no Chromium can print costs
  // nothing and writes nothing.
  const document = isDocument ? await prepareDocument(format, { language, chromium }) : null;
  if (document && 'problem' in document) {
    output.out(document.problem);
    return EXIT.invalidInput;
  }

  // Both journals are read, and found comparable, before anything is written.
  // With another journal, each is hashed as it is read, so a what-if branch can be checked against its origin.
  // The events table of the exports needs each event's envelope; the read models keep none.
  const events: EventSummary[] = [];
  let exerciseMarking = 'EXERCISE';
  const keep = (event: ExerciseEvent) => {
    const { seq, scenarioMs, wallMs, type, actor, marking } = event;
    events.push({ seq, scenarioMs, wallMs, type, actor, marking });
    if (event.type === 'exercise.created') exerciseMarking = event.payload.exerciseMarking || exerciseMarking;
  };
  const read = await readJournalModels(file, {
    chain: other !== null,
    // The document prints the journal's head on every page.
    seal: format === 'html' || format === 'pdf',
    ...(format !== null ? { onEvent: keep } : {}),
  });
  if (read.kind === 'unreadable') {
    output.out(read.message);
    return EXIT.invalidInput;
  }
  const otherRead = other === null ? null : await readJournalModels(other, { chain: true });
  if (otherRead?.kind === 'unreadable') {
    output.out(otherRead.message);
    return EXIT.invalidInput;
  }
  let comparison: MetricsComparison | null = null;
  try {
    comparison = otherRead ? compareRuns(read.models, otherRead.models) : null;
  } catch (error) {
    if (!(error instanceof ComparisonError)) throw error;
    output.out(`${file}, ${other}: ${error.message}`);
    return EXIT.invalidInput;
  }
  for (const note of [...read.notes, ...(otherRead?.notes ?? [])]) output.out(note);
  if (format !== null && read.damaged) {
    // Exports carry no "partial" in their names: figures of a prefix must not pass for the whole exercise's.
    output.out(`${file}: damaged before its end: --format exports are written only for a whole journal`);
    return EXIT.invalidInput;
  }
  const code = read.damaged || otherRead?.damaged ? EXIT.invalidInput : EXIT.ok;

  const folder = out ?? path.dirname(file);
  // Figures of a prefix never replace those of the complete run: a damaged journal gets files of its own.
  const names = read.damaged ? PARTIAL_OUTPUTS : COMPLETE_OUTPUTS;
  const comparisonNames = COMPARISON_OUTPUTS[code === EXIT.ok ? 'complete' : 'partial'];
  const outputs = [
    ...(format === null ? [names.metrics, names.summary] : []),
    ...(comparison ? Object.values(comparisonNames) : []),
  ];
  // The outputs are derived files and are replaced, but never an input (`report x/metrics.json`).
  for (const name of outputs)
    await checkOutputFile('report', path.join(folder, name), { force: true, inputs });
  const models = read.models;
  const metrics = metricsOf(models);
  const expected = metrics.expectedActions;
  const { byStatus } = expected;
  output.out(
    `${metrics.exercise.title}: ${metrics.exercise.events} events, ${formatScenarioTime(metrics.exercise.scenarioDurationMs)}`,
  );
  output.out(
    `  expected actions met ${byStatus.met + byStatus['marked-met']} of ${expected.released} released, missed ${byStatus.missed + byStatus['marked-unmet']}; contingencies ${expected.contingenciesReleased}; EU↔NATO exchanges ${metrics.exchange.euNato.exchanges}`,
  );
  if (format !== null) {
    let files: string[];
    try {
      files = await writeReportExports(
        format,
        folder,
        { models, metrics, events, marking: exerciseMarking, seal: read.seal ?? undefined },
        inputs,
        document,
      );
    } catch (error) {
      if (!(error instanceof PdfPrintError)) throw error;
      output.out(`${file}: the report was not printed: ${error.message}`);
      return EXIT.invalidInput;
    }
    output.out(`  wrote ${files.join(', ')}`);
  } else {
    const written = await writeExerciseOutputs(folder, models, metrics, names, 'report');
    output.out(
      !read.damaged
        ? `  wrote ${written.metrics} and ${written.summary}`
        : `  wrote the figures of the events before the damage to ${written.metrics} and ${written.summary}; ${path.join(folder, COMPLETE_OUTPUTS.metrics)} and ${COMPLETE_OUTPUTS.summary}, the figures of a complete journal, are left as they are`,
    );
  }
  const branchLines = branchReportLines(
    { file, models, links: read.links },
    otherRead && other !== null ? { file: other, models: otherRead.models, links: otherRead.links } : null,
  );
  for (const line of branchLines) output.out(`  ${line}`);
  if (comparison && otherRead) {
    const files = await writeComparison(folder, comparisonNames, {
      a: models,
      b: otherRead.models,
      comparison,
    });
    output.out(
      `  compared with ${comparison.b.name} (${comparison.b.exerciseId}): ${comparison.differing} of ${comparison.figures.length} figures differ; wrote ${code === EXIT.ok ? '' : 'the comparison of the events before the damage to '}${files.json} and ${files.markdown}`,
    );
  }
  return code;
}
