import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collectDocuments,
  collectDocumentPaths,
  firstInvalidUtf8Byte,
  MissingPathError,
  readBundledPlaybook,
  readDocument,
} from './read-documents';

/** A folder holding the given files (path → text), made fresh. */
function folderWith(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pbsim-documents-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

describe('collectDocumentPaths', () => {
  it('finds YAML files under folders, sorted and recursively, skipping hidden folders and node_modules', async () => {
    const root = folderWith({
      'b.yaml': '',
      'a.YML': '',
      'notes.md': '',
      'machines/c.yaml': '',
      '.git/d.yaml': '',
      'node_modules/e.yaml': '',
    });
    expect(await collectDocumentPaths([root])).toEqual(
      ['a.YML', 'b.yaml', 'machines/c.yaml'].map((name) => path.join(root, name)),
    );
  });

  it('takes a file as given, whatever its extension, and refuses a path that is not there', async () => {
    const root = folderWith({ 'msel.txt': '' });
    expect(await collectDocumentPaths([path.join(root, 'msel.txt')])).toEqual([path.join(root, 'msel.txt')]);
    const missing = collectDocumentPaths([path.join(root, 'gone.yaml')]);
    await expect(missing).rejects.toThrow(MissingPathError);
    await expect(collectDocumentPaths([path.join(root, 'gone.yaml')])).rejects.toThrow(
      `no such file or folder: ${path.join(root, 'gone.yaml')}`,
    );
  });
});

describe('collectDocuments', () => {
  it('follows symbolic links to documents and to folders, and names broken and looping ones', async () => {
    const root = folderWith({ 'real.yaml': 'kind: x\n', 'elsewhere/b.yaml': 'kind: y\n', 'notes.txt': '' });
    const search = path.join(root, 'search');
    mkdirSync(search);
    symlinkSync(path.join(root, 'real.yaml'), path.join(search, 'alias.yaml'));
    symlinkSync(path.join(root, 'elsewhere'), path.join(search, 'more'));
    symlinkSync(path.join(root, 'gone.yaml'), path.join(search, 'broken.yaml'));
    symlinkSync('self.yaml', path.join(search, 'self.yaml'));
    symlinkSync('.', path.join(search, 'here'));
    symlinkSync(path.join(root, 'gone.txt'), path.join(search, 'stale.txt'));
    expect(await collectDocuments([search])).toEqual({
      files: [path.join(search, 'alias.yaml'), path.join(search, 'more', 'b.yaml')],
      problems: [
        {
          path: path.join(search, 'broken.yaml'),
          message: `broken symbolic link: its target ${path.join(root, 'gone.yaml')} does not exist`,
        },
        {
          path: path.join(search, 'here'),
          message: 'symbolic link loop: . leads back to a folder being searched; not followed',
        },
        {
          path: path.join(search, 'self.yaml'),
          message: 'symbolic link loop: self.yaml leads back to itself',
        },
      ],
    });
  });

  it('reads a document or folder reached twice (by itself and by a link) once', async () => {
    const root = folderWith({ 'a.yaml': '', 'sub/b.yaml': '' });
    symlinkSync(path.join(root, 'a.yaml'), path.join(root, 'z-alias.yaml'));
    symlinkSync(path.join(root, 'sub'), path.join(root, 'z-sub'));
    expect(await collectDocuments([root])).toEqual({
      files: [path.join(root, 'a.yaml'), path.join(root, 'sub/b.yaml')],
      problems: [],
    });
  });

  it('says a named folder holds no document, and a folder with one is fine', async () => {
    const empty = folderWith({ 'notes.md': '', 'sub/readme.txt': '' });
    expect(await collectDocuments([empty])).toEqual({
      files: [],
      problems: [
        {
          path: empty,
          message: 'this folder holds no document (no *.yaml or *.yml file in it or its subfolders)',
        },
      ],
    });
    const full = folderWith({ 'sub/a.yaml': '' });
    expect(await collectDocuments([full])).toEqual({ files: [path.join(full, 'sub/a.yaml')], problems: [] });
  });
});

describe('firstInvalidUtf8Byte', () => {
  it.each([
    ['ASCII', [0x61, 0x62], -1],
    ['é in two bytes', [0x63, 0xc3, 0xa9], -1],
    ['€ in three bytes', [0xe2, 0x82, 0xac], -1],
    ['an emoji in four bytes', [0xf0, 0x9f, 0x98, 0x80], -1],
    ['Windows-1252 é', [0x63, 0x61, 0x66, 0xe9], 3],
    ['a continuation byte alone', [0x61, 0x80], 1],
    ['an overlong lead byte', [0xc0, 0x80], 0],
    ['a sequence cut at the end', [0x61, 0xe2, 0x82], 1],
    ['a lead byte followed by ASCII', [0xc3, 0x41], 0],
    ['a lead byte above U+10FFFF', [0xf5, 0x80, 0x80, 0x80], 0],
  ])('%s: %i', (_, byteList, expected) => {
    expect(firstInvalidUtf8Byte(new Uint8Array(byteList))).toBe(expected);
  });
});

describe('readDocument', () => {
  it('reads UTF-8 text without its byte-order mark', async () => {
    const root = folderWith({ 'a.yaml': '\uFEFFkind: scenario\n' });
    expect(await readDocument(path.join(root, 'a.yaml'))).toEqual({
      ok: true,
      source: { path: path.join(root, 'a.yaml'), text: 'kind: scenario\n' },
      encoding: 'UTF-8',
    });
  });

  it('reads UTF-16 with a byte-order mark and says it was UTF-16', async () => {
    // "k: é\n" in UTF-16 big-endian, byte by byte.
    const bytes = new Uint8Array([0xfe, 0xff, 0, 0x6b, 0, 0x3a, 0, 0x20, 0, 0xe9, 0, 0x0a]);
    const file = path.join(folderWith({ 'a.yaml': bytes }), 'a.yaml');
    expect(await readDocument(file)).toEqual({
      ok: true,
      source: { path: file, text: 'k: é\n' },
      encoding: 'UTF-16BE',
    });
  });

  it('names a folder, a broken link and a link loop for what they are', async () => {
    const root = folderWith({ 'dir/a.yaml': '' });
    symlinkSync(path.join(root, 'gone.yaml'), path.join(root, 'broken.yaml'));
    symlinkSync('loop.yaml', path.join(root, 'loop.yaml'));
    const messageOf = async (name: string) => {
      const read = await readDocument(path.join(root, name));
      return read.ok ? null : read.problem.message;
    };
    expect(await messageOf('dir')).toBe('is a folder, not a document');
    expect(await messageOf('broken.yaml')).toBe(
      `broken symbolic link: its target ${path.join(root, 'gone.yaml')} does not exist`,
    );
    expect(await messageOf('loop.yaml')).toBe('symbolic link loop: loop.yaml leads back to itself');
  });

  it('locates the first byte that is not UTF-8 by line and column', async () => {
    const file = path.join(
      folderWith({ 'a.yaml': new Uint8Array([...Buffer.from('kind: x\ntitle: Caf'), 0xe9]) }),
      'a.yaml',
    );
    expect(await readDocument(file)).toEqual({
      ok: false,
      problem: {
        file,
        line: 2,
        column: 11,
        message: 'file is not UTF-8 text (binary data, or a legacy encoding): save it as UTF-8',
      },
    });
  });

  it('reports a file it cannot read as a problem at its start', async () => {
    const file = path.join(folderWith({}), 'gone.yaml');
    expect(await readDocument(file)).toEqual({
      ok: false,
      problem: { file, line: 1, column: 1, message: 'cannot read the file (ENOENT)' },
    });
  });
});

describe('readBundledPlaybook', () => {
  it('reads every playbook document, named from the project root', async () => {
    const sources = await readBundledPlaybook();
    expect(sources.map((source) => source.path)).toEqual(
      expect.arrayContaining(['playbook/playbook.yaml', 'playbook/roles.yaml', 'playbook/markings.yaml']),
    );
    expect(
      sources.every((source) => source.path.startsWith('playbook/') && !path.isAbsolute(source.path)),
    ).toBe(true);
    expect(sources.some((source) => source.path.startsWith('playbook/machines/'))).toBe(true);
  });
});
