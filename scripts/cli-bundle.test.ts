import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCliBundleIfStale, isCliBundleStale, type BundleTarget } from './cli-bundle';

// A two-file program stands in for the CLI: bundling it is quick, and what it prints is known beforehand.
let folder = '';

function makeProgram(): BundleTarget & { where: string } {
  folder = mkdtempSync(path.join(tmpdir(), 'pbsim-bundle-'));
  const where = path.join(folder, 'src', 'where.ts');
  const entry = path.join(folder, 'src', 'entry.ts');
  mkdirSync(path.dirname(where));
  writeFileSync(where, 'export const here: string = import.meta.url;\n');
  writeFileSync(entry, "import { here } from './where';\nconsole.log(here);\n");
  return { entry, where, bundle: path.join(folder, 'out', 'nested', 'entry.mjs') };
}

afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('the CLI bundle', () => {
  it('gives each source its own import.meta.url, as when the sources run, so paths found from it hold', async () => {
    const program = makeProgram();
    expect(await buildCliBundleIfStale(program)).toMatchObject({ built: true });
    const printed = execFileSync(process.execPath, [program.bundle], { encoding: 'utf8' }).trim();
    expect(printed).toBe(pathToFileURL(program.where).href);
  });

  it('is rebuilt when a source changes, and only then', async () => {
    const program = makeProgram();
    expect(await isCliBundleStale(program)).toBe(true);
    await buildCliBundleIfStale(program);
    expect(await isCliBundleStale(program)).toBe(false);

    // Touched but unchanged (a checkout, a copy): still up to date.
    const later = new Date(Date.UTC(2040, 0, 1));
    utimesSync(program.where, later, later);
    expect(await buildCliBundleIfStale(program)).toEqual({ built: false });

    writeFileSync(program.where, "export const here: string = 'moved';\n");
    expect(await isCliBundleStale(program)).toBe(true);
    expect(await buildCliBundleIfStale(program)).toMatchObject({ built: true });
    expect(execFileSync(process.execPath, [program.bundle], { encoding: 'utf8' }).trim()).toBe('moved');
    expect(await isCliBundleStale(program)).toBe(false);
  });

  it('is rebuilt when the bundle itself is gone or was edited', async () => {
    const program = makeProgram();
    await buildCliBundleIfStale(program);
    writeFileSync(program.bundle, 'console.log("edited by hand");\n');
    expect(await isCliBundleStale(program)).toBe(true);
    await buildCliBundleIfStale(program);
    rmSync(program.bundle);
    expect(await isCliBundleStale(program)).toBe(true);
  });
});
