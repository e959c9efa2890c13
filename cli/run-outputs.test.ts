import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearRunOutputs, isRunOutput } from './run-outputs';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'pbsim-run-outputs-'));

describe('isRunOutput', () => {
  it.each([
    ['events.jsonl', true],
    ['events.jsonl.snapshots.jsonl', true],
    ['events.jsonl.torn-3', true],
    ['metrics.json', true],
    ['summary.md', true],
    ['metrics.partial.json', true],
    ['summary.partial.md', true],
    ['notes.txt', false],
    ['events.jsonl.bak', false],
    ['events.jsonl.torn-x', false],
    ['my-events.jsonl', false],
    ['summary.md.orig', false],
  ])('%s → %s', (name, expected) => {
    expect(isRunOutput(name)).toBe(expected);
  });
});

describe('clearRunOutputs', () => {
  const folderWithRun = () => {
    const dir = tempDir();
    for (const name of [
      'events.jsonl',
      'events.jsonl.snapshots.jsonl',
      'metrics.json',
      'summary.md',
      'notes.txt',
    ])
      writeFileSync(path.join(dir, name), name);
    mkdirSync(path.join(dir, 'photos'));
    writeFileSync(path.join(dir, 'photos', 'a.jpg'), 'jpg');
    return dir;
  };

  it('refuses without force and touches nothing', async () => {
    const dir = folderWithRun();
    await expect(clearRunOutputs(dir, false, [])).rejects.toThrow(
      `run: ${path.join(dir, 'events.jsonl')} already exists; choose another --out, or add --force to replace it`,
    );
    expect(readdirSync(dir).length).toBe(6);
  });

  it('also refuses a folder holding only metrics of something else, without force', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'summary.md'), 'mine');
    await expect(clearRunOutputs(dir, false, [])).rejects.toThrow('summary.md already exists');
  });

  it('with force removes the run’s outputs only: notes and subfolders stay', async () => {
    const dir = folderWithRun();
    await clearRunOutputs(dir, true, []);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'photos']);
    expect(readdirSync(path.join(dir, 'photos'))).toEqual(['a.jpg']);
  });

  it('never removes the scenario it is given, nor a directory', async () => {
    const dir = folderWithRun();
    await expect(clearRunOutputs(dir, true, [path.join(dir, 'summary.md')])).rejects.toThrow(
      'is the scenario itself',
    );
    expect(readdirSync(dir).length).toBe(6);
    const other = tempDir();
    mkdirSync(path.join(other, 'metrics.json'));
    await expect(clearRunOutputs(other, true, [])).rejects.toThrow('it is a directory');
  });

  it('names a file given as the folder', async () => {
    const file = path.join(tempDir(), 'plain');
    writeFileSync(file, 'x');
    await expect(clearRunOutputs(file, true, [])).rejects.toThrow(
      `run: cannot write into ${file}: it is a file, not a folder`,
    );
  });

  it('is content with a folder that does not exist yet', async () => {
    await expect(clearRunOutputs(path.join(tempDir(), 'new'), false, [])).resolves.toBeUndefined();
  });
});
