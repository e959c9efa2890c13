import { lstat, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { FileProblem, UsageError } from './exit-codes';
import { isSameFile, problemOf } from './output-files';

/**
 * The files a run (and a report of it) writes in its folder: the journal, what the journal store keeps beside
 * it (snapshots, torn bytes saved on recovery), metrics and summary, complete or of a damaged prefix. `run
 * --force` removes these and nothing else: the user's notes and subfolders in the same folder stay.
 */
export function isRunOutput(name: string): boolean {
  return (
    /^events\.jsonl(\.snapshots\.jsonl|\.torn-\d+)?$/.test(name) ||
    ['metrics.json', 'summary.md', 'metrics.partial.json', 'summary.partial.md'].includes(name)
  );
}

/** The run outputs present in `folder` (none when it does not exist). */
export async function runOutputsIn(folder: string): Promise<string[]> {
  const info = await stat(folder).catch(() => null);
  if (info && !info.isDirectory())
    throw new FileProblem(`run: cannot write into ${folder}: it is a file, not a folder`);
  const names = await readdir(folder).catch((error: unknown) => {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw problemOf('run', 'cannot read the folder', folder, error);
  });
  return names.filter(isRunOutput).sort();
}

/**
 * Makes room for a new run in `folder`: refuses without force when a run's outputs are there (naming the
 * first), and with force removes exactly those files. Never one of the run's inputs, never a directory.
 */
export async function clearRunOutputs(
  folder: string,
  force: boolean,
  inputs: readonly string[],
): Promise<void> {
  const present = await runOutputsIn(folder);
  if (present.length === 0) return;
  const journal = path.join(
    folder,
    present.includes('events.jsonl') ? 'events.jsonl' : (present[0] as string),
  );
  if (!force)
    throw new UsageError(
      `run: ${journal} already exists; choose another --out, or add --force to replace it`,
    );
  const files = present.map((name) => path.join(folder, name));
  for (const file of files) {
    for (const input of inputs)
      if (await isSameFile(file, input))
        throw new UsageError(
          `run: ${file} is the scenario itself; it is never removed, choose another --out`,
        );
    const info = await lstat(file);
    if (info.isDirectory()) throw new FileProblem(`run: cannot replace ${file}: it is a directory`);
  }
  for (const file of files) {
    await unlink(file).catch((error: unknown) => {
      throw problemOf('run', 'cannot remove', file, error);
    });
  }
}
