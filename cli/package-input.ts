import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPackage, PACKAGE_NOT_UTF8, packageTextOf, shortFingerprint } from '../core/index';
import { checkPackageSignature, nodeSha256Hex } from '../node-adapters/index';

/*
 * A journal named to `report` may come as an exercise package (issue 25): it is proved first — chain, seal,
 * signature — and only then read, as the journal it carries. The CLI keeps no keys of its own, so it says who
 * signed the package and leaves knowing that key to the reader (a host's Load a backup checks its known keys).
 */

const PACKAGE_START = '{"pbsimPackage":';

export type JournalInput =
  | {
      kind: 'journal';
      /** The journal file to read: the one named, or a package's journal unpacked. */
      file: string;
      /** What was proved of a package; null for a plain journal. */
      note: string | null;
      /** The fingerprint of the key that signed the package; null for a plain journal. */
      fingerprint: string | null;
      /** Removes what was unpacked. */
      done(): Promise<void>;
    }
  | { kind: 'refused'; message: string };

async function startsAsPackage(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(PACKAGE_START.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead).toString('latin1') === PACKAGE_START;
  } finally {
    await handle.close();
  }
}

/**
 * The journal to read for `file`: the file itself, or, for a package that proves whole, its journal in a
 * private temporary file (removed by `done`), with a note saying what was proved and by whose key. A package
 * that does not prove whole is refused, naming its first line at fault.
 */
export async function journalInput(file: string): Promise<JournalInput> {
  if (!(await startsAsPackage(file)))
    return { kind: 'journal', file, note: null, fingerprint: null, done: async () => undefined };
  // Read whole only once its first bytes say it is a package: a plain journal is streamed by its reader.
  const unpacked = packageTextOf(await readFile(file));
  if (unpacked.kind !== 'package') return { kind: 'refused', message: `${file}: ${PACKAGE_NOT_UTF8}` };
  const { text } = unpacked;
  const opened = openPackage(text, { verify: checkPackageSignature, known: new Set(), hash: nodeSha256Hex });
  if (!opened.ok)
    return {
      kind: 'refused',
      message: `${file}:${opened.line ?? ''}${opened.line ? ': ' : ' '}${opened.reason}; nothing was reported`,
    };
  const folder = await mkdtemp(path.join(tmpdir(), 'pbsim-package-'));
  const journal = path.join(folder, 'events.jsonl');
  await writeFile(journal, `${opened.journalLines.join('\n')}\n`);
  const { manifest } = opened;
  return {
    kind: 'journal',
    file: journal,
    note: `${file}: a package of "${manifest.name}" (${manifest.exerciseId}, packaged ${manifest.packagedAt}) whose ${manifest.journalLines} lines, chain and signature hold; signed by key ${shortFingerprint(manifest.signer.fingerprint)}, which the CLI does not check against any host's known keys`,
    fingerprint: manifest.signer.fingerprint,
    done: () => rm(folder, { recursive: true, force: true }),
  };
}
