import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytesOrEmpty, saveTornBytes, syncFolder, writeFully } from './journal-files';

const folder = () => mkdtempSync(path.join(tmpdir(), 'pbsim-journal-files-'));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('readBytesOrEmpty', () => {
  it('reads a file’s bytes, and none for a file not there yet', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'a.jsonl'), 'line\n');
    expect((await readBytesOrEmpty(path.join(dir, 'a.jsonl'))).toString('utf8')).toBe('line\n');
    expect((await readBytesOrEmpty(path.join(dir, 'missing.jsonl'))).length).toBe(0);
  });

  it('passes on an error other than a missing file', async () => {
    await expect(readBytesOrEmpty(folder())).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('writeFully', () => {
  it('appends all the bytes, after what the file held', async () => {
    const file = path.join(folder(), 'j.jsonl');
    writeFileSync(file, 'one\n');
    const handle = await open(file, 'a');
    await writeFully(handle, bytes('two\nthree\n'));
    await writeFully(handle, new Uint8Array(200_000).fill(0x61));
    await handle.close();
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('one\ntwo\nthree\n')).toBe(true);
    expect(text.length).toBe(14 + 200_000);
  });
});

describe('saveTornBytes', () => {
  it('keeps each torn tail in the next numbered sidecar, never over an earlier one', async () => {
    const dir = folder();
    const journal = path.join(dir, 'events.jsonl');
    writeFileSync(`${journal}.torn-2`, 'older');
    writeFileSync(path.join(dir, 'events.jsonl.torn-x'), 'not numbered');
    expect(await saveTornBytes(journal, bytes('{"v":1,"se'))).toBe(`${journal}.torn-3`);
    expect(await saveTornBytes(journal, bytes('{"v'))).toBe(`${journal}.torn-4`);
    expect(readFileSync(`${journal}.torn-2`, 'utf8')).toBe('older');
    expect(readFileSync(`${journal}.torn-3`, 'utf8')).toBe('{"v":1,"se');
    expect(readdirSync(dir).sort()).toEqual([
      'events.jsonl.torn-2',
      'events.jsonl.torn-3',
      'events.jsonl.torn-4',
      'events.jsonl.torn-x',
    ]);
  });

  it('starts at 1 beside a journal with no sidecar', async () => {
    const journal = path.join(folder(), 'events.jsonl');
    expect(await saveTornBytes(journal, bytes('x'))).toBe(`${journal}.torn-1`);
  });
});

describe('syncFolder', () => {
  it('syncs a folder, and does not throw where a folder cannot be opened', async () => {
    await expect(syncFolder(folder())).resolves.toBeUndefined();
    await expect(syncFolder(path.join(folder(), 'not-there'))).resolves.toBeUndefined();
  });
});
