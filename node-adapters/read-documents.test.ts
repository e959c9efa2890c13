import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
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
    });
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
