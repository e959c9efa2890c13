import {
  checkedContentOfCreated,
  EmbeddedContentError,
  ExerciseReadModels,
  JournalDecoder,
  ReplayError,
} from '../../../core/index';

/** Why a journal file gives nothing to compare with; `problem` is the journal reader's own words. */
export type JournalFileProblem =
  | { kind: 'empty' }
  | { kind: 'not-journal'; line: number; problem: string }
  | { kind: 'not-utf8'; line: number }
  | { kind: 'refused'; line: number; problem: string }
  | { kind: 'torn-first'; line: number };

/** Something wrong after the first events: the `count` events before it are what is compared. */
export type JournalFileNote =
  | { kind: 'torn'; line: number; count: number }
  | { kind: 'damaged'; line: number; problem: string; count: number }
  | { kind: 'not-utf8'; line: number; count: number };

export type JournalFileRead =
  | { ok: true; models: ExerciseReadModels; notes: JournalFileNote[] }
  | { ok: false; problem: JournalFileProblem };

/** Lines read between two yields to the page, so a long journal shows its progress and the page answers. */
const LINES_PER_SLICE = 5000;
const NEWLINE = 0x0a;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A journal file the user chose (a headless run's events.jsonl, a backup), folded into the read models the
 * comparison is made from. The file is not trusted: every line and payload is checked as it is read, and
 * the documents it embeds before anything is measured with them (as `report` reads one: cli/read-journal-
 * models.ts). Each line is decoded as UTF-8 on its own, so bytes that are not text are found by their line.
 * Events are folded as they come and never held as a list.
 */
export async function readJournalFile(
  bytes: Uint8Array,
  options: { onProgress?: (lines: number) => void; linesPerSlice?: number } = {},
): Promise<JournalFileRead> {
  const { onProgress, linesPerSlice = LINES_PER_SLICE } = options;
  const text = new TextDecoder('utf-8', { fatal: true });
  // Held in an object: the decoder's callback fills it in, which the compiler's flow analysis cannot see.
  const fold: { models: ExerciseReadModels | null; refused: JournalFileProblem | null } = {
    models: null,
    refused: null,
  };
  let line = 0;
  const decoder = new JournalDecoder(
    (event) => {
      if (fold.refused) return;
      if (!fold.models) {
        try {
          fold.models = new ExerciseReadModels(checkedContentOfCreated(event));
        } catch (error) {
          if (error instanceof EmbeddedContentError)
            fold.refused = { kind: 'refused', line, problem: error.message };
          // A log that does not begin with its exercise.created: nothing to measure it with.
          else if (error instanceof ReplayError)
            fold.refused = { kind: 'not-journal', line, problem: error.message };
          else throw error;
          return;
        }
      }
      fold.models.apply(event);
    },
    { trusted: false },
  );

  let notUtf8At: number | null = null;
  let start = 0;
  for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
    line += 1;
    const decoded = decodeLine(text, bytes.subarray(start, end));
    start = end + 1;
    if (decoded === null) {
      notUtf8At = line;
      break;
    }
    if (!decoder.line(decoded) || fold.refused) break;
    if (line % linesPerSlice === 0) {
      onProgress?.(line);
      await nextTask();
    }
  }
  if (notUtf8At === null && !decoder.stopped && !fold.refused) {
    line += 1;
    const rest = decodeLine(text, bytes.subarray(start));
    if (rest === null) notUtf8At = line;
    else decoder.end(rest);
  }
  return outcome(fold.models, fold.refused, decoder, notUtf8At);
}

/** One line's bytes as text, or null when they are not UTF-8. */
function decodeLine(text: TextDecoder, bytes: Uint8Array): string | null {
  try {
    return text.decode(bytes);
  } catch {
    return null;
  }
}

function outcome(
  models: ExerciseReadModels | null,
  refused: JournalFileProblem | null,
  decoder: JournalDecoder,
  notUtf8At: number | null,
): JournalFileRead {
  if (refused) return { ok: false, problem: refused };
  const [problem] = decoder.problems;
  if (!models) {
    if (notUtf8At !== null) return { ok: false, problem: { kind: 'not-utf8', line: notUtf8At } };
    if (problem)
      return { ok: false, problem: { kind: 'not-journal', line: problem.line, problem: problem.message } };
    if (decoder.torn) return { ok: false, problem: { kind: 'torn-first', line: decoder.torn.line } };
    return { ok: false, problem: { kind: 'empty' } };
  }
  const count = models.facts.count;
  const notes: JournalFileNote[] = [];
  if (decoder.torn) notes.push({ kind: 'torn', line: decoder.torn.line, count });
  if (problem) notes.push({ kind: 'damaged', line: problem.line, problem: problem.message, count });
  if (notUtf8At !== null) notes.push({ kind: 'not-utf8', line: notUtf8At, count });
  return { ok: true, models, notes };
}
