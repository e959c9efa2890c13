import {
  checkedContentOfCreated,
  EmbeddedContentError,
  ExerciseReadModels,
  PrefixChain,
  ReplayError,
  type ExerciseEvent,
  type JournalSeal,
} from '../core/index';
import { readJournalFile } from '../node-adapters/index';
import { sealOfJournalFile } from './journal-file-seal';
import { journalInput } from './package-input';

/**
 * A journal file the user named, folded into the read models: what `report` measures, and what `report
 * --compare` compares it with.
 * - read: the events it holds, with a line for each thing wrong with the file (a torn last line, damage
 *   before its end), each naming the file and the line; `damaged` when the figures are of a prefix only.
 * - unreadable: nothing to measure; `message` names the file and says why.
 */
export type JournalModels =
  | {
      kind: 'read';
      models: ExerciseReadModels;
      notes: string[];
      damaged: boolean;
      /** With `chain`: the hash chain of its events (PrefixChain), to check a what-if branch against its origin. */
      links: readonly string[] | null;
      /** With `seal`: the journal's head after the events read, and the key of the package it came in. */
      seal: JournalSeal | null;
    }
  | { kind: 'unreadable'; message: string };

/**
 * Streams the journal through the read models one event at a time, never holding it whole. It is a file the
 * user named, so every line is checked, payloads included, as it is read, and the documents it embeds are
 * checked before anything is measured with them.
 */
export async function readJournalModels(
  file: string,
  options: { chain?: boolean; seal?: boolean; onEvent?: (event: ExerciseEvent) => void } = {},
): Promise<JournalModels> {
  // An exercise package is proved before a line of it is read (issue 25).
  const input = await journalInput(file);
  if (input.kind === 'refused') return { kind: 'unreadable', message: input.message };
  try {
    const read = await readJournalFileModels(file, input.file, options);
    if (read.kind === 'read' && input.note) read.notes.unshift(input.note);
    if (read.kind === 'read' && options.seal) {
      const { exerciseId, count } = read.models.facts;
      read.seal = await sealOfJournalFile(input.file, exerciseId, count, input.fingerprint);
    }
    return read;
  } finally {
    await input.done();
  }
}

/** The journal at `source` folded into read models; messages name `file`, the file the user named. */
async function readJournalFileModels(
  file: string,
  source: string,
  options: { chain?: boolean; onEvent?: (event: ExerciseEvent) => void },
): Promise<JournalModels> {
  const chain = options.chain ? new PrefixChain() : null;
  // Held in an object: the callback fills it in, which the compiler's flow analysis cannot see.
  const fold: { models: ExerciseReadModels | null } = { models: null };
  let unreadable: string | null = null;
  const report = await readJournalFile(
    source,
    (event) => {
      if (unreadable !== null) return;
      if (!fold.models) {
        try {
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
      chain?.add(event);
      options.onEvent?.(event);
    },
    { trusted: false },
  );
  const read = fold.models;
  const count = read?.facts.count ?? 0;
  if (report.notUtf8At !== null && count === 0)
    unreadable = `not a journal: byte ${report.notUtf8At + 1} is not UTF-8 text`;
  if (unreadable === null && !read && report.torn)
    // Cut inside its first line: the same tear as anywhere else, with no events before it to report on.
    return {
      kind: 'unreadable',
      message: `${file}:${report.torn.line}: the last line is torn (a crash mid-write); there are no events before it to report on`,
    };
  if (unreadable === null && !read) {
    const problem = report.problems[0];
    unreadable = `not a journal: ${problem ? `line ${problem.line}: ${problem.message}` : 'it holds no events'}`;
  }
  if (unreadable !== null || !read)
    return { kind: 'unreadable', message: `${file}: ${unreadable ?? 'not a journal'}` };

  const notes: string[] = [];
  if (report.torn)
    notes.push(
      `${file}:${report.torn.line}: the last line is torn (a crash mid-write); the ${count} events before it are used`,
    );
  for (const problem of report.problems)
    notes.push(`${file}:${problem.line}: ${problem.message}; the ${count} events before it are used`);
  if (report.notUtf8At !== null)
    notes.push(
      `${file}: byte ${report.notUtf8At + 1} is not UTF-8 text; the ${count} events before it are used`,
    );
  // A torn last line is what a crash leaves: the events before it are the whole journal as written.
  const damaged = report.problems.length > 0 || report.notUtf8At !== null;
  return { kind: 'read', models: read, notes, damaged, links: chain?.links ?? null, seal: null };
}
