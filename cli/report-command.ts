import { mkdir, stat } from 'node:fs/promises';
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
import { writeExerciseOutputs } from './exercise-outputs';
import type { CommandOutput } from './validate-command';

export const REPORT_HELP = `Usage: npm run --silent cli -- report <events.jsonl> [--out DIR]

Recomputes metrics.json and summary.md from a journal alone (it embeds its scenario and playbook); for a
journal written by "run" they are identical to what the run wrote. A journal whose last line is torn (a
crash mid-write) is reported as such and the events before it are used. The documents it embeds are checked
first (their hashes, their schema): one edited after it was written is refused.

Options:
  --out DIR   where to write (default: the journal's folder)

Exit codes: 0 reported · 1 the file is not a readable journal, its embedded documents are refused, or it is
damaged before its end · 2 usage error`;

export async function runReport(args: readonly string[], output: CommandOutput): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    output.out(REPORT_HELP);
    return EXIT.ok;
  }
  const { positional, values } = parseOptions('report', args, { values: ['--out'] });
  const out = values.get('--out') ?? null;
  if (positional.length !== 1) throw new UsageError('report: name exactly one journal (events.jsonl)');
  const file = positional[0] as string;
  if (!(await stat(file).catch(() => null))?.isFile()) throw new UsageError(`report: no such file: ${file}`);

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
  await mkdir(folder, { recursive: true });
  const metrics = metricsOf(read);
  await writeExerciseOutputs(folder, read, metrics);
  const expected = metrics.expectedActions;
  const { byStatus } = expected;
  output.out(
    `${metrics.exercise.title}: ${metrics.exercise.events} events, ${formatScenarioTime(metrics.exercise.scenarioDurationMs)}`,
  );
  output.out(
    `  expected actions met ${byStatus.met + byStatus['marked-met']} of ${expected.released} released, missed ${byStatus.missed + byStatus['marked-unmet']}; contingencies ${expected.contingenciesReleased}; EU↔NATO exchanges ${metrics.exchange.euNato.exchanges}`,
  );
  output.out(`  wrote ${path.join(folder, 'metrics.json')} and ${path.join(folder, 'summary.md')}`);
  return code;
}
