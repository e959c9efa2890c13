import type * as FsPromises from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { chmod, mkdir, mkdtemp, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { replaceFileWhole } from './replace-file';

/**
 * The file system as replace-file.ts sees it: the real one, which records the calls made on the files it
 * opens and, when a test asks, fails one of them as a full disk or a failing drive would.
 */
const disk = vi.hoisted(() => ({
  calls: [] as string[],
  /** Write half of the text to the temporary file, then fail (a full disk). */
  failWrite: false,
  /** What the temporary file held when the write failed. */
  halfWritten: null as string | null,
  failSync: false,
  failRename: false,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const { basename } = await import('node:path');
  const label = (file: unknown) => basename(String(file)).replace(/\.[0-9a-f]{8}\.tmp$/, '.<random>.tmp');
  const fault = (code: string) => Object.assign(new Error(`${code}: simulated fault`), { code });

  const wrap = (handle: FileHandle, file: unknown): FileHandle => {
    const name = label(file);
    const temporary = name.endsWith('.tmp');
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'writeFile')
          return async (data: string) => {
            disk.calls.push(`write ${name}`);
            if (temporary && disk.failWrite) {
              await target.writeFile(data.slice(0, data.length / 2));
              disk.halfWritten = await real.readFile(String(file), 'utf8');
              throw fault('ENOSPC');
            }
            await target.writeFile(data);
          };
        if (key === 'sync')
          return async () => {
            disk.calls.push(`sync ${name}`);
            if (temporary && disk.failSync) throw fault('EIO');
            await target.sync();
          };
        if (key === 'close')
          return async () => {
            disk.calls.push(`close ${name}`);
            await target.close();
          };
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  };

  const mocked = {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      disk.calls.push(`open ${label(args[0])}`);
      return wrap(await real.open(...args), args[0]);
    },
    rename: async (from: string, to: string) => {
      disk.calls.push(`rename ${label(from)} -> ${label(to)}`);
      if (disk.failRename) throw fault('EIO');
      await real.rename(from, to);
    },
  };
  return { ...mocked, default: mocked };
});

const folders: string[] = [];
beforeEach(() => {
  Object.assign(disk, { calls: [], failWrite: false, halfWritten: null, failSync: false, failRename: false });
});
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  const made = await mkdtemp(path.join(tmpdir(), 'pbsim-replace-'));
  folders.push(made);
  return made;
}

/** A folder holding record.json with `kept\n` in it, as a previous run left it. */
async function withOldFile(): Promise<{ dir: string; file: string }> {
  const dir = await folder();
  const file = path.join(dir, 'record.json');
  await writeFile(file, 'kept\n');
  return { dir, file };
}

describe('replacing a file whole', () => {
  it('creates a file that was not there, then replaces its content entirely', async () => {
    const dir = await folder();
    const file = path.join(dir, 'record.json');
    await replaceFileWhole(file, 'a long first content that is longer than the second\n');
    expect(await readFile(file, 'utf8')).toBe('a long first content that is longer than the second\n');
    await replaceFileWhole(file, 'second\n');
    // Nothing of the longer first content is left at the end.
    expect(await readFile(file, 'utf8')).toBe('second\n');
    expect(await readdir(dir)).toEqual(['record.json']);
  });

  it('writes beside the file, syncs it to disk, then renames it over the file and syncs the folder', async () => {
    const { file } = await withOldFile();
    await replaceFileWhole(file, 'new\n');
    expect(disk.calls).toEqual([
      'open record.json.<random>.tmp',
      'write record.json.<random>.tmp',
      'sync record.json.<random>.tmp',
      'close record.json.<random>.tmp',
      'rename record.json.<random>.tmp -> record.json',
      `open ${path.basename(path.dirname(file))}`,
      `sync ${path.basename(path.dirname(file))}`,
      `close ${path.basename(path.dirname(file))}`,
    ]);
    expect(await readFile(file, 'utf8')).toBe('new\n');
  });

  it('keeps the old content when the write stops half way, and removes the half-written file', async () => {
    const { dir, file } = await withOldFile();
    disk.failWrite = true;
    await expect(
      replaceFileWhole(file, 'new content, of which only half reaches the disk\n'),
    ).rejects.toThrow(/ENOSPC/);
    // The half-written file did exist: the fault was real, not a write that never began.
    expect(disk.halfWritten).toBe('new content, of which on');
    expect(await readFile(file, 'utf8')).toBe('kept\n');
    expect(await readdir(dir)).toEqual(['record.json']);
  });

  it('keeps the old content when the new one cannot be synced to disk, and renames nothing', async () => {
    const { dir, file } = await withOldFile();
    disk.failSync = true;
    await expect(replaceFileWhole(file, 'new\n')).rejects.toThrow(/EIO/);
    expect(disk.calls).toContain('sync record.json.<random>.tmp');
    expect(disk.calls.some((call) => call.startsWith('rename'))).toBe(false);
    expect(await readFile(file, 'utf8')).toBe('kept\n');
    expect(await readdir(dir)).toEqual(['record.json']);
  });

  it('keeps the old content when the rename fails, and removes the new file it had written', async () => {
    const { dir, file } = await withOldFile();
    disk.failRename = true;
    await expect(replaceFileWhole(file, 'new\n')).rejects.toThrow(/EIO/);
    expect(disk.calls).toContain('rename record.json.<random>.tmp -> record.json');
    expect(await readFile(file, 'utf8')).toBe('kept\n');
    expect(await readdir(dir)).toEqual(['record.json']);
  });

  it('leaves a folder in the file’s place as it was: a file cannot be renamed over it', async () => {
    const dir = await folder();
    const blocked = path.join(dir, 'blocked');
    await mkdir(blocked);
    await writeFile(path.join(blocked, 'inside.txt'), 'inside\n');
    await expect(replaceFileWhole(blocked, 'new\n')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['blocked']);
    expect(await readFile(path.join(blocked, 'inside.txt'), 'utf8')).toBe('inside\n');
  });

  it('fails in a folder that does not exist, and creates nothing', async () => {
    const dir = await folder();
    await expect(replaceFileWhole(path.join(dir, 'missing', 'record.json'), 'new\n')).rejects.toThrow(
      /ENOENT/,
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves one whole content when several replace the file at once', async () => {
    const dir = await folder();
    const file = path.join(dir, 'record.json');
    const texts = 'ACDEFHJKMN'.split('').map((symbol) => symbol.repeat(64 * 1024));
    await Promise.all(texts.map((text) => replaceFileWhole(file, text)));
    expect(texts).toContain(await readFile(file, 'utf8'));
    expect(await readdir(dir)).toEqual(['record.json']);
  });
});

describe('the mode of a replaced file', () => {
  it('gives a secret file to its owner only, even when the file it replaces was readable by all', async () => {
    const { file } = await withOldFile();
    await chmod(file, 0o644);
    expect((await stat(file)).mode & 0o777).toBe(0o644);
    await replaceFileWhole(file, '{"key":"secret"}\n', 0o600);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).toBe('{"key":"secret"}\n');
  });

  it('is by default that of a file created with mode 0644, whatever the replaced file had', async () => {
    const dir = await folder();
    // The same mode asked of the system directly, under the same umask: the oracle.
    const reference = path.join(dir, 'reference');
    await (await open(reference, 'wx', 0o644)).close();
    const file = path.join(dir, 'record.json');
    await writeFile(file, 'kept\n', { mode: 0o600 });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    await replaceFileWhole(file, 'new\n');
    expect((await stat(file)).mode & 0o777).toBe((await stat(reference)).mode & 0o777);
    expect((await stat(file)).mode & 0o044).not.toBe(0);
  });
});
