import path from 'node:path';
import {
  checkedContentOfCreated,
  EmbeddedContentError,
  ExerciseReadModels,
  formatScenarioTime,
  metricsOf,
  ReplayError,
} from '../core/index';
import { readJournalFile } from '../node-adapters/index';
import { EXIT, UsageError } from './exit-codes';
import { parseOptions } from './parse-options';
import { COMPLETE_OUTPUTS, PARTIAL_OUTPUTS, writeExerciseOutputs } from './exercise-outputs';
import { checkOutputFile, requireInputFile } from './output-files';
import type { CommandOutput } from './validate-command';

export const REPORT_HELP = `Usage: npm run --silent cli -- report <events.jsonl> [--out DIR]

Recomputes metrics.json and summary.md from a journal alone (it embeds its scenario and playbook); for a
journal written by "run" they are identical to what the run wrote. A journal whose last line is torn (a
crash mid-write) is reported as such and the events before it are used (torn in its first line, it has
none: exit 1). A line over 64 MB is a damaged line. The documents it embeds are checked
first (their hashes, their schema): one edited after it was written is refused.

A journal damaged before its end (a bad line, bytes that are not UTF-8) is reported on the events before
the damage, and those figures of a prefix are written as metrics.partial.json and summary.partial.md: the
metrics.json and summary.md of the complete run, if any, are left as they are. The output says which files
it wrote.

Options:
  --out DIR   where to write (default: the journal's folder; made if missing)

Exit codes: 0 reported · 1 the file is not a readable journal, its embedded documents are refused, it is
damaged before its end, or a file cannot be read or written · 2 usage error · 3 internal error`;

export async function runReport(args: readonly string[], output: CommandOutput): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    output.out(REPORT_HELP);
    return EXIT.ok;
  }
  const { positional, values } = parseOptions('report', args, { values: ['--out'] });
  const out = values.get('--out') ?? null;
  if (positional.length !== 1) throw new UsageError('report: name exactly one journal (events.jsonl)');
  const file = positional[0] as string;
  await requireInputFile('report', file);

  // The journal is streamed through the read models one event at a time, never held whole. It is a file the
  // user named, so every line is checked, payloads included, as it is read.
  // Held in an object: the callback fills it in, which the compiler's flow analysis cannot see.
  const fold: { models: ExerciseReadModels | null } = { models: null };
  let unreadable: string | null = null;
  const report = await readJournalFile(
    file,
    (event) => {
      if (unreadable !== null) return;
      if (!fold.models) {
        try {
          // A file the user named: the documents it embeds are checked before anything is measured with them.
          fold.models = new ExerciseReadModels(checkedContentOfCreated(event));
        } catch (error) {
          if (error instanceof EmbeddedContentError) {
            unreadable = `line 1: the documents it embeds are refused: ${error.message}`;
            return;
          }
          if (!(error instanceof ReplayError)) throw error;
          unreadable = `not a journal this version can read: ${error.message}`;
          return;
        }
      }
      fold.models.apply(event);
    },
    { trusted: false },
  );
  const read = fold.models;
  const count = read?.facts.count ?? 0;
  if (report.notUtf8At !== null && count === 0)
    unreadable = `not a journal: byte ${report.notUtf8At + 1} is not UTF-8 text`;
  if (unreadable === null && !read && report.torn) {
    // Cut inside its first line: the same tear as anywhere else, with no events before it to report on.
    output.out(
      `${file}:${report.torn.line}: the last line is torn (a crash mid-write); there are no events before it to report on`,
    );
    return EXIT.invalidInput;
  }
  if (unreadable === null && !read) {
    const problem = report.problems[0];
    unreadable = `not a journal: ${problem ? `line ${problem.line}: ${problem.message}` : 'it holds no events'}`;
  }
  if (unreadable !== null || !read) {
    output.out(`${file}: ${unreadable ?? 'not a journal'}`);
    return EXIT.invalidInput;
  }
  let code: number = EXIT.ok;
  if (report.torn) {
    output.out(
      `${file}:${report.torn.line}: the last line is torn (a crash mid-write); the ${count} events before it are used`,
    );
  }
  for (const problem of report.problems) {
    output.out(`${file}:${problem.line}: ${problem.message}; the ${count} events before it are used`);
    code = EXIT.invalidInput;
  }
  if (report.notUtf8At !== null) {
    output.out(
      `${file}: byte ${report.notUtf8At + 1} is not UTF-8 text; the ${count} events before it are used`,
    );
    code = EXIT.invalidInput;
  }
  const folder = out ?? path.dirname(file);
  // Figures of a prefix never replace those of the complete run: a damaged journal gets files of its own.
  const names = code === EXIT.ok ? COMPLETE_OUTPUTS : PARTIAL_OUTPUTS;
  // The outputs are derived files and are replaced, but never the journal itself (`report x/metrics.json`).
  for (const name of [names.metrics, names.summary])
    await checkOutputFile('report', path.join(folder, name), { force: true, inputs: [file] });
  const metrics = metricsOf(read);
  const written = await writeExerciseOutputs(folder, read, metrics, names, 'report');
  const expected = metrics.expectedActions;
  const { byStatus } = expected;
  output.out(
    `${metrics.exercise.title}: ${metrics.exercise.events} events, ${formatScenarioTime(metrics.exercise.scenarioDurationMs)}`,
  );
  output.out(
    `  expected actions met ${byStatus.met + byStatus['marked-met']} of ${expected.released} released, missed ${byStatus.missed + byStatus['marked-unmet']}; contingencies ${expected.contingenciesReleased}; EU↔NATO exchanges ${metrics.exchange.euNato.exchanges}`,
  );
  output.out(
    code === EXIT.ok
      ? `  wrote ${written.metrics} and ${written.summary}`
      : `  wrote the figures of the events before the damage to ${written.metrics} and ${written.summary}; ${path.join(folder, COMPLETE_OUTPUTS.metrics)} and ${COMPLETE_OUTPUTS.summary}, the figures of a complete journal, are left as they are`,
  );
  return code;
}
