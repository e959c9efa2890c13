import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentOfCreated, decodeJournal, formatScenarioTime, ReplayError } from '../core/index';
import { firstInvalidUtf8Byte } from '../node-adapters/index';
import { EXIT, UsageError } from './exit-codes';
import { writeExerciseOutputs } from './exercise-outputs';
import type { CommandOutput } from './validate-command';

export const REPORT_HELP = `Usage: npm run --silent cli -- report <events.jsonl> [--out DIR]

Recomputes metrics.json and summary.md from a journal alone (it embeds its scenario and playbook); for a
journal written by "run" they are identical to what the run wrote. A journal whose last line is torn (a
crash mid-write) is reported as such and the events before it are used.

Options:
  --out DIR   where to write (default: the journal's folder)

Exit codes: 0 reported · 1 the file is not a readable journal, or is damaged before its end · 2 usage error`;

export async function runReport(args: readonly string[], output: CommandOutput): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    output.out(REPORT_HELP);
    return EXIT.ok;
  }
  const positional: string[] = [];
  let out: string | null = null;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--out') {
      out = args[++index] ?? null;
      if (out === null) throw new UsageError('report: --out needs a folder');
    } else if (arg.startsWith('-')) throw new UsageError(`report: unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError('report: name exactly one journal (events.jsonl)');
  const file = positional[0] as string;
  if (!(await stat(file).catch(() => null))?.isFile()) throw new UsageError(`report: no such file: ${file}`);

  const bytes = await readFile(file);
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid >= 0) {
    output.out(`${file}: not a journal: byte ${invalid + 1} is not UTF-8 text`);
    return EXIT.invalidInput;
  }
  const decoded = decodeJournal(bytes.toString('utf8'));
  const first = decoded.events[0];
  if (!first) {
    const why = decoded.problems[0]
      ? `line ${decoded.problems[0].line}: ${decoded.problems[0].message}`
      : 'it holds no events';
    output.out(`${file}: not a journal: ${why}`);
    return EXIT.invalidInput;
  }
  let content;
  try {
    content = contentOfCreated(first);
  } catch (error) {
    if (!(error instanceof ReplayError)) throw error;
    output.out(`${file}: not a journal this version can read: ${error.message}`);
    return EXIT.invalidInput;
  }
  let code: number = EXIT.ok;
  if (decoded.torn) {
    output.out(
      `${file}:${decoded.torn.line}: the last line is torn (a crash mid-write); the ${decoded.events.length} events before it are used`,
    );
  }
  for (const problem of decoded.problems) {
    output.out(
      `${file}:${problem.line}: ${problem.message}; the ${decoded.events.length} events before it are used`,
    );
    code = EXIT.invalidInput;
  }
  const folder = out ?? path.dirname(file);
  await mkdir(folder, { recursive: true });
  const metrics = await writeExerciseOutputs(folder, decoded.events, content);
  const expected = metrics.expectedActions;
  output.out(
    `${metrics.exercise.title}: ${metrics.exercise.events} events, ${formatScenarioTime(metrics.exercise.scenarioDurationMs)}`,
  );
  output.out(
    `  expected actions met ${expected.met + expected.markedMet} of ${expected.released} released, missed ${expected.missed}; contingencies ${expected.contingenciesReleased}`,
  );
  output.out(`  wrote ${path.join(folder, 'metrics.json')} and ${path.join(folder, 'summary.md')}`);
  return code;
}
