import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileProblem, UsageError } from './exit-codes';
import { checkOutputFile, isSameFile, requireInputFile, writeOutputFile, type WriteIo } from './output-files';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'pbsim-outputs-'));

/** A file-system error as Node makes them. */
const fsError = (code: string, file: string) =>
  Object.assign(new Error(`${code}: failed, open '${file}'`), { code, path: file });

/** Writes half the data, then fails as a full disk (or a refused permission) would. */
const failingIo = (code: string): WriteIo => ({
  writeFile: async (file, data, options) => {
    await writeFile(file, typeof data === 'string' ? data.slice(0, data.length / 2) : data, options);
    throw fsError(code, file);
  },
  rename: () => Promise.reject(new Error('never reached')),
});

describe('writeOutputFile', () => {
  it('writes the file whole, making missing folders, and leaves nothing else beside it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a', 'b', 'out.csv');
    await writeOutputFile('export', file, 'x,y\n');
    expect(readFileSync(file, 'utf8')).toBe('x,y\n');
    expect(readdirSync(path.join(dir, 'a', 'b'))).toEqual(['out.csv']);
  });

  it.each([
    ['ENOSPC', 'no space left on the device'],
    ['EACCES', 'permission denied'],
    ['EROFS', 'the file system is read-only'],
  ])(
    'on %s keeps the old file as it was, leaves no temporary file, and names path and cause',
    async (code, cause) => {
      const dir = tempDir();
      const file = path.join(dir, 'out.yaml');
      writeFileSync(file, 'the old content\n');
      const write = writeOutputFile('import', file, 'new content that will not fit', failingIo(code));
      await expect(write).rejects.toThrow(FileProblem);
      await expect(writeOutputFile('import', file, 'again', failingIo(code))).rejects.toThrow(
        `import: cannot write ${file}: ${cause}`,
      );
      expect(readFileSync(file, 'utf8')).toBe('the old content\n');
      expect(readdirSync(dir)).toEqual(['out.yaml']);
    },
  );

  it('removes the folders it made when the write then fails', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'new', 'deeper', 'out.yaml');
    await expect(writeOutputFile('import', file, 'data', failingIo('ENOSPC'))).rejects.toThrow(
      'no space left on the device',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says when a part of the path is a file (ENOTDIR) and writes nothing', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'plain'), 'mine');
    await expect(writeOutputFile('export', path.join(dir, 'plain', 'x.csv'), 'x')).rejects.toThrow(
      `export: cannot write into ${path.join(dir, 'plain')}: it is a file, not a folder`,
    );
    await expect(writeOutputFile('export', path.join(dir, 'plain', 'sub', 'x.csv'), 'x')).rejects.toThrow(
      'a part of the path is a file, not a folder',
    );
    expect(readdirSync(dir)).toEqual(['plain']);
    expect(readFileSync(path.join(dir, 'plain'), 'utf8')).toBe('mine');
  });

  it('lets a bug through as itself, not as a file problem', async () => {
    const io: WriteIo = { writeFile: () => Promise.reject(new TypeError('a bug')), rename: async () => {} };
    await expect(writeOutputFile('export', path.join(tempDir(), 'x'), 'x', io)).rejects.toThrow(TypeError);
  });
});

describe('checkOutputFile', () => {
  it('lets a new file be written, with or without force', async () => {
    const file = path.join(tempDir(), 'new.csv');
    await expect(checkOutputFile('export', file, { force: false })).resolves.toBeUndefined();
  });

  it('refuses an existing file without force, and a directory or a device even with it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'there.csv');
    writeFileSync(file, 'x');
    await expect(checkOutputFile('export', file, { force: false })).rejects.toThrow(
      `export: ${file} already exists; choose another file, or add --force to replace it`,
    );
    await expect(checkOutputFile('export', file, { force: true })).resolves.toBeUndefined();
    mkdirSync(path.join(dir, 'folder'));
    await expect(checkOutputFile('export', path.join(dir, 'folder'), { force: true })).rejects.toThrow(
      `export: cannot write ${path.join(dir, 'folder')}: it is a directory`,
    );
    await expect(checkOutputFile('export', '/dev/null', { force: true })).rejects.toThrow(
      'it is not a regular file',
    );
  });

  it('never replaces an input, however its path is spelled', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'msel.csv');
    writeFileSync(input, 'x');
    symlinkSync(input, path.join(dir, 'link.csv'));
    const spellings = [
      input,
      path.join(dir, '.', 'msel.csv'),
      path.join(dir, 'link.csv'),
      path.relative(process.cwd(), input),
    ];
    for (const spelling of spellings) {
      const check = checkOutputFile('import', spelling, { force: true, inputs: [input] });
      await expect(check).rejects.toThrow(UsageError);
      await expect(checkOutputFile('import', spelling, { force: true, inputs: [input] })).rejects.toThrow(
        'it is never overwritten',
      );
    }
  });
});

describe('isSameFile and requireInputFile', () => {
  it('tells one file from another', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a'), 'same');
    writeFileSync(path.join(dir, 'b'), 'same');
    expect(await isSameFile(path.join(dir, 'a'), path.join(dir, 'b'))).toBe(false);
    expect(await isSameFile(path.join(dir, 'a'), path.join(dir, 'missing'))).toBe(false);
    expect(await isSameFile(path.join(dir, 'a'), path.join(dir, '..', path.basename(dir), 'a'))).toBe(true);
  });

  it('names a missing file, a directory and a path through a file as usage errors', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'plain'), 'x');
    await expect(requireInputFile('report', path.join(dir, 'nope'))).rejects.toThrow(
      `report: no such file: ${path.join(dir, 'nope')}`,
    );
    await expect(requireInputFile('report', dir)).rejects.toThrow(
      `report: ${dir} is a directory, not a file`,
    );
    await expect(requireInputFile('report', path.join(dir, 'plain', 'x'))).rejects.toThrow(UsageError);
    await expect(requireInputFile('report', path.join(dir, 'plain'))).resolves.toBeUndefined();
  });
});
