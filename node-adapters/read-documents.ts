import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem, SourceText } from '../core/index';
import { BUNDLED_PLAYBOOK_DIR, PROJECT_ROOT } from './project-paths';

/** A document on disk, decoded, or the problem that kept it from being read as text. */
export type ReadResult = { ok: true; source: SourceText } | { ok: false; problem: Problem };

export class MissingPathError extends Error {}

/**
 * Expand the paths a user named into document files: folders are searched for *.yaml and *.yml (sorted,
 * so output is stable), files are taken as given whatever their extension.
 */
export async function collectDocumentPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info) throw new MissingPathError(`no such file or folder: ${given}`);
    if (info.isDirectory()) out.push(...(await yamlFilesUnder(given)));
    else out.push(given);
  }
  return out;
}

async function yamlFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
      out.push(...(await yamlFilesUnder(full)));
    } else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++) {
      if (((bytes[index + next] as number) & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return -1;
}

/** Read one document as UTF-8 text; a file that is not UTF-8 is a located problem, not an exception. */
export async function readDocument(file: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, problem: { file, line: 1, column: 1, message: `cannot read the file (${reason})` } };
  }
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid >= 0) {
    const before = Buffer.from(bytes.subarray(0, invalid)).toString('utf8');
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const message = 'file is not UTF-8 text (binary data, or a legacy encoding): save it as UTF-8';
    return { ok: false, problem: { file, line, column, message } };
  }
  const text = Buffer.from(bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return { ok: true, source: { path: file, text } };
}

/**
 * The bundled playbook's documents, named relative to the project ("playbook/machines/ipcr.yaml"), so what
 * an exercise embeds does not depend on where the app was installed or run from.
 */
export async function readBundledPlaybook(): Promise<SourceText[]> {
  const sources: SourceText[] = [];
  for (const file of await collectDocumentPaths([BUNDLED_PLAYBOOK_DIR])) {
    const read = await readDocument(file);
    if (read.ok) sources.push({ path: path.relative(PROJECT_ROOT, file), text: read.source.text });
  }
  return sources;
}
