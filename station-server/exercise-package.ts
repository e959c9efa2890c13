import { readFile } from 'node:fs/promises';
import { isPackageText, makePackage, openPackage, sealOfLines, type JournalSeal } from '../core/index';
import {
  checkPackageSignature,
  hostSigningKey,
  knownFingerprints,
  nodeSha256Hex,
  type HostSigningKey,
} from '../node-adapters/index';
import { exerciseFiles } from './data-folder';

/*
 * An exercise as one tamper-evident file (issue 25): the journal's lines exactly as written on disk, chained
 * and signed with this host's key (core/package). Nothing else from the exercise's folder goes in: not its
 * record, its snapshots, its lock or its stations' token secrets.
 */

/** The journal's whole lines as written: a last line cut short by a crash is not part of the record. */
export function wholeLines(text: string): string[] {
  const lines = text.split('\n');
  lines.pop(); // after the last line break: empty, or a torn line
  return lines;
}

/** What the package says about the exercise, read from the journal's first line (exercise.created). */
function manifestFacts(firstLine: string | undefined): { name: string; scenarioId: string } {
  try {
    // The exercise's name, and the id of the scenario document it embeds.
    const created = JSON.parse(firstLine ?? '') as {
      payload?: { name?: unknown; content?: { scenario?: { document?: { id?: unknown } } } };
    };
    const name = created.payload?.name;
    const scenarioId = created.payload?.content?.scenario?.document?.id;
    return {
      name: typeof name === 'string' ? name : '',
      scenarioId: typeof scenarioId === 'string' ? scenarioId : '',
    };
  } catch {
    return { name: '', scenarioId: '' };
  }
}

/** A package made: its file name, text, and what ENDEX and the report show of it. */
export interface ExercisePackage {
  fileName: string;
  text: string;
  /** The signing key's fingerprint and the chain's head: what proves this package, read aloud or printed. */
  fingerprint: string;
  head: string;
}

/** The package of a journal's whole lines, signed by `signer`. */
export function packageLines(
  lines: readonly string[],
  exerciseId: string,
  signer: HostSigningKey,
  options: { appVersion: string; now?: Date },
): ExercisePackage {
  const text = makePackage(lines, {
    exerciseId,
    ...manifestFacts(lines[0]),
    packagedAt: (options.now ?? new Date()).toISOString(),
    appVersion: options.appVersion,
    signer,
    hash: nodeSha256Hex,
  });
  const seal = JSON.parse(text.slice(text.lastIndexOf('\n', text.length - 2) + 1)) as { head: string };
  return { fileName: `${exerciseId}.pbsim-package`, text, fingerprint: signer.fingerprint, head: seal.head };
}

/** The package of an exercise of this host's data folder, signed with the host's key. */
export async function packageExercise(
  dataFolder: string,
  exerciseId: string,
  options: { appVersion: string; now?: Date },
): Promise<ExercisePackage> {
  const lines = wholeLines(await readFile(exerciseFiles(dataFolder, exerciseId).journal, 'utf8'));
  return packageLines(lines, exerciseId, await hostSigningKey(dataFolder), options);
}

/**
 * The seal of an exercise's journal on disk (issue 25): its chain's head after `through` lines (all of them when
 * absent), and this host's key, which signs its packages. What the console shows at ENDEX and the report prints.
 */
export async function sealExercise(
  dataFolder: string,
  exerciseId: string,
  through?: number,
): Promise<JournalSeal> {
  const lines = wholeLines(await readFile(exerciseFiles(dataFolder, exerciseId).journal, 'utf8'));
  const { fingerprint } = await hostSigningKey(dataFolder);
  return sealOfLines(exerciseId, lines, {
    ...(through === undefined ? {} : { through }),
    fingerprint,
    hash: nodeSha256Hex,
  });
}

export type OpenedFile =
  | {
      kind: 'package';
      journal: string;
      /** The journal's lines exactly as packaged (`journal` is them, each followed by a line break). */
      lines: string[];
      signer: { fingerprint: string; known: boolean };
    }
  | { kind: 'journal'; journal: string }
  | { kind: 'refused'; reason: string; line: number | null };

/**
 * A file chosen to restore: a package is proved (chain, seal, signature, signer known here or not) and gives
 * its journal; anything else is taken as a plain journal or an older backup, for the restore to check as before.
 */
export async function openRestoreFile(dataFolder: string, text: string): Promise<OpenedFile> {
  if (!isPackageText(text)) return { kind: 'journal', journal: text };
  return openPackageText(text, await knownFingerprints(dataFolder));
}

/** A package's text proved against the keys `known`, giving its journal (with a line break after each line). */
export function openPackageText(text: string, known: ReadonlySet<string>): OpenedFile {
  const opened = openPackage(text, { verify: checkPackageSignature, known, hash: nodeSha256Hex });
  if (!opened.ok) return { kind: 'refused', reason: opened.reason, line: opened.line };
  const lines = opened.journalLines;
  return { kind: 'package', journal: `${lines.join('\n')}\n`, lines, signer: opened.signer };
}
