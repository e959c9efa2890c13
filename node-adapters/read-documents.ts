import { lstat, readdir, readFile, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem, SourceText } from '../core/index';
import { decodeDocument, type DocumentEncoding } from './decode-document';
import { BUNDLED_PLAYBOOK_DIR, PROJECT_ROOT } from './project-paths';

export { decodeDocument, firstInvalidUtf8Byte, type DocumentEncoding } from './decode-document';

/** A document on disk, decoded, or the problem that kept it from being read as text. */
export type ReadResult =
  { ok: true; source: SourceText; encoding: DocumentEncoding } | { ok: false; problem: Problem };

export class MissingPathError extends Error {}

/** What searching the named paths found: document files, and what kept some from being searched. */
export interface CollectedDocuments {
  files: string[];
  /** A folder that holds no document, a link that leads nowhere or in a circle: `path: message`. */
  problems: Array<{ path: string; message: string }>;
}

/**
 * Expand the paths a user named into document files: folders are searched for *.yaml and *.yml (sorted,
 * so output is stable), files are taken as given whatever their extension. Symbolic links inside folders
 * are followed, to a document or to a folder; one that is broken or leads back into a folder being
 * searched is named in `problems` rather than skipped in silence, and so is a named folder with no document.
 */
export async function collectDocuments(paths: readonly string[]): Promise<CollectedDocuments> {
  const found: CollectedDocuments = { files: [], problems: [] };
  // Real paths of the folders and linked documents taken so far: one reached again through a link is
  // not read twice (it would be "defined twice" against itself).
  const seen = new Set<string>();
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info) throw new MissingPathError(`no such file or folder: ${given}`);
    if (!info.isDirectory()) {
      found.files.push(given);
      continue;
    }
    const before = found.files.length;
    const real = await realpath(given);
    seen.add(real);
    await yamlFilesUnder(given, new Set([real]), found, seen);
    if (found.files.length === before) {
      found.problems.push({
        path: given,
        message: 'this folder holds no document (no *.yaml or *.yml file in it or its subfolders)',
      });
    }
  }
  return found;
}

/** The document files under the named paths (see collectDocuments; its problems are dropped here). */
export async function collectDocumentPaths(paths: readonly string[]): Promise<string[]> {
  return (await collectDocuments(paths)).files;
}

const YAML_NAME = /\.ya?ml$/i;

/**
 * `searching`: the real paths of the folders from the named one down to this one, to catch link loops;
 * `seen`: see collectDocuments.
 */
async function yamlFilesUnder(
  folder: string,
  searching: ReadonlySet<string>,
  found: CollectedDocuments,
  seen: Set<string>,
): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, entry.name);
    const searchable = !entry.name.startsWith('.') && entry.name !== 'node_modules';
    if (entry.isDirectory() && searchable) {
      const real = await realpath(full);
      if (seen.has(real)) continue;
      seen.add(real);
      await yamlFilesUnder(full, new Set([...searching, real]), found, seen);
    } else if (entry.isFile() && YAML_NAME.test(entry.name)) {
      const real = await realpath(full);
      if (seen.has(real)) continue;
      seen.add(real);
      found.files.push(full);
    } else if (entry.isSymbolicLink() && searchable) {
      await followLink(full, entry.name, searching, found, seen);
    }
  }
}

async function followLink(
  link: string,
  name: string,
  searching: ReadonlySet<string>,
  found: CollectedDocuments,
  seen: Set<string>,
): Promise<void> {
  const target = await readlink(link).catch(() => '?');
  const info = await stat(link).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    // Only links that could be documents or folders of them: a broken "notes.txt" link is none of ours.
    if (!YAML_NAME.test(name) && path.extname(name) !== '') return;
    const message =
      info.code === 'ELOOP'
        ? `symbolic link loop: ${target} leads back to itself`
        : `broken symbolic link: its target ${target} does not exist`;
    found.problems.push({ path: link, message });
    return;
  }
  const real = await realpath(link);
  if (info.isFile()) {
    if (YAML_NAME.test(name) && !seen.has(real)) {
      seen.add(real);
      found.files.push(link);
    }
    return;
  }
  if (!info.isDirectory()) return;
  if (searching.has(real)) {
    found.problems.push({
      path: link,
      message: `symbolic link loop: ${target} leads back to a folder being searched; not followed`,
    });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  await yamlFilesUnder(link, new Set([...searching, real]), found, seen);
}

/** Why a file could not be read, in words: a broken or looping link, a folder, permissions. */
async function readFailure(file: string, error: unknown): Promise<string> {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  const link = await lstat(file).catch(() => null);
  if (link?.isSymbolicLink()) {
    const target = await readlink(file).catch(() => '?');
    if (code === 'ENOENT') return `broken symbolic link: its target ${target} does not exist`;
    if (code === 'ELOOP') return `symbolic link loop: ${target} leads back to itself`;
  }
  if (code === 'EISDIR') return 'is a folder, not a document';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read the file: permission denied';
  return `cannot read the file (${code})`;
}

/**
 * Read one document as text: UTF-8, or UTF-16 with a byte-order mark (`encoding` says which, so the
 * caller can tell the author). A file that cannot be read or decoded is a located problem, not an exception.
 */
export async function readDocument(file: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, problem: { file, line: 1, column: 1, message: await readFailure(file, error) } };
  }
  const decoded = decodeDocument(file, bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, source: { path: file, text: decoded.text }, encoding: decoded.encoding };
}

/**
 * The bundled playbook's documents, named relative to the project ("playbook/machines/ipcr.yaml"), so what
 * an exercise embeds does not depend on where the app was installed or run from. `root` is the project, or the
 * desktop app's own folder (its asar), which holds the playbook under the same name.
 */
export async function readBundledPlaybook(root: string = PROJECT_ROOT): Promise<SourceText[]> {
  const sources: SourceText[] = [];
  const folder = path.join(root, path.basename(BUNDLED_PLAYBOOK_DIR));
  for (const file of await collectDocumentPaths([folder])) {
    const read = await readDocument(file);
    if (read.ok) sources.push({ path: path.relative(root, file), text: read.source.text });
  }
  return sources;
}
