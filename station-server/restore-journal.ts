import {
  checkedContentOfCreated,
  isPackageText,
  PACKAGE_NOT_UTF8,
  packageTextOf,
  shortFingerprint,
  EmbeddedContentError,
  errorMessage,
  replay,
  snapshotOf,
  type ExerciseEvent,
} from '../core/index';
import { checkExerciseId, UnsafeExerciseIdError } from './data-folder';
import { recordOfLog } from './exercise-catalogue-files';
import type { RestoreResult } from './host-api';
import { openRestoreFile, type OpenedFile } from './exercise-package';
import { decodeUpload, uploadProblemText } from './journal-upload';
import { writeNewExerciseFolder } from './new-exercise-folder';

/** A journal just restored: its canonical lines, so the host can open it without reading it again. */
export interface RestoredJournal {
  exerciseId: string;
  lines: string[];
  byteLength: number;
}

/**
 * Load a journal file a person chose (a backup, an exercise from another laptop) into the data folder as a
 * new exercise: decode it (a torn last line is reported and dropped, a damaged line refuses the file), check
 * the documents it embeds (hashes, schema, load: a file from outside is never trusted), replay it to be sure
 * it is a whole exercise, then write its folder: the journal, a snapshot of its final state and its record.
 * An exercise already in the data folder is refused, never overwritten. Never throws on a bad file.
 *
 * Everything runs on this thread. Checking the embedded documents in a worker thread beside the decoding was
 * measured and does not pay: a compact-JSON scenario no longer goes through the YAML parser (parseYaml), so
 * the check takes about as long as a worker needs to load core under tsx; on the shared 2-core machine the
 * worker's cold check took 10.5 s and its start 4.8 s where the same check here took 3.5–6 s.
 * `restored` receives the checked lines once they are on disk, for the exercise's first open.
 */
export async function restoreJournal(
  dataFolder: string,
  fileName: string,
  file: string | Uint8Array,
  options: { restored?: (restored: RestoredJournal) => void } = {},
): Promise<RestoreResult> {
  const notes: string[] = [];
  // A package (issue 25) is proved first and gives its journal; a plain journal or an older backup goes on as is.
  const unpacked = await unpackRestoreFile(dataFolder, file);
  if (unpacked.kind === 'refused')
    return {
      ok: false,
      reason: `${fileName}: ${unpacked.line ? `line ${unpacked.line}: ` : ''}${unpacked.reason}`,
    };
  if (unpacked.kind === 'package') notes.push(signerNote(unpacked.signer));
  const journal = unpacked.journal;
  const decoded = decodeUpload(journal);
  const refused = uploadProblemText(decoded, journal.length);
  if (refused !== null) return { ok: false, reason: `${fileName}: ${refused}` };
  const first = decoded.events[0];
  if (!first || first.type !== 'exercise.created')
    return {
      ok: false,
      reason: `${fileName}: not an exercise journal (its first line is not exercise.created)`,
    };
  if (unpacked.kind === 'package' && !sameLines(decoded.lines, unpacked.lines))
    notes.push(
      'its journal was written by an earlier version of the app and is kept here brought up to this one: the head of its chain on this host is new; the package’s own head still proves the record as it was sent',
    );
  if (decoded.utf16) notes.push(`the file was ${decoded.utf16} text and was read as such`);
  if (decoded.torn)
    notes.push(`line ${decoded.torn.line} was cut short (a crash while writing) and was left out`);
  let checked;
  try {
    checkExerciseId(first.exerciseId);
    const content = checkedContentOfCreated(first);
    const state = replay(decoded.events, content);
    const last = decoded.events.at(-1) as ExerciseEvent;
    const record = recordOfLog({
      created: first,
      content,
      status: state.clock.status,
      eventCount: decoded.events.length,
      lastEventWallMs: last.wallMs,
      branched: decoded.events.find((event) => event.type === 'exercise.branched'),
    });
    checked = { record, snapshot: snapshotOf(state) };
  } catch (error) {
    const onFirstLine = error instanceof EmbeddedContentError || error instanceof UnsafeExerciseIdError;
    return { ok: false, reason: `${fileName}: ${onFirstLine ? 'line 1: ' : ''}${errorMessage(error)}` };
  }
  const { record, snapshot } = checked;
  const alreadyThere = {
    ok: false as const,
    reason: `${fileName}: exercise ${record.exerciseId} is already in the data folder; delete it first`,
  };
  try {
    const written = await writeNewExerciseFolder(dataFolder, { record, journal: decoded.bytes, snapshot });
    if (written === 'exists') return alreadyThere;
    options.restored?.({
      exerciseId: record.exerciseId,
      lines: decoded.lines,
      byteLength: decoded.bytes.length,
    });
    return { ok: true, record, notes };
  } catch (error) {
    return {
      ok: false,
      reason: `${fileName}: could not be written to the data folder ${dataFolder} (${errorMessage(error)})`,
    };
  }
}

/** The same lines in the same order: the journal kept exactly as packaged. */
const sameLines = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((line, index) => line === b[index]);

/** The file as the restore reads it: a package proved and unpacked, anything else as it came. */
async function unpackRestoreFile(
  dataFolder: string,
  file: string | Uint8Array,
): Promise<OpenedFile | { kind: 'journal'; journal: string | Uint8Array }> {
  if (typeof file === 'string')
    return isPackageText(file) ? openRestoreFile(dataFolder, file) : { kind: 'journal', journal: file };
  const unpacked = packageTextOf(file);
  if (unpacked.kind === 'not-package') return { kind: 'journal', journal: file };
  if (unpacked.kind === 'not-utf8') return { kind: 'refused', reason: PACKAGE_NOT_UTF8, line: null };
  return openRestoreFile(dataFolder, unpacked.text);
}

/** What the restore says about a package's signer: proved by a key this host knows, or by one it does not. */
export function signerNote(signer: { fingerprint: string; known: boolean }): string {
  const key = shortFingerprint(signer.fingerprint);
  return signer.known
    ? `the package is whole and signed by a key this host knows (${key})`
    : `the package is whole, but signed by a key this host does not know (${key}): check that fingerprint with whoever sent it; until the key is imported, its origin is not proved`;
}
