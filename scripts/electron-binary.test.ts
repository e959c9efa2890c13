import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchElectronBinary, findElectronBinary } from './electron-binary';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A project whose electron package is as npm left it: with or without path.txt and the binary it names. */
function project(state: { pathTxt?: string; binary?: string; installScript?: string }): string {
  const root = mkdtempSync(path.join(tmpdir(), 'electron-binary-'));
  folders.push(root);
  const packageDir = path.join(root, 'node_modules', 'electron');
  mkdirSync(path.join(packageDir, 'dist'), { recursive: true });
  if (state.pathTxt !== undefined) writeFileSync(path.join(packageDir, 'path.txt'), state.pathTxt);
  if (state.binary !== undefined) {
    writeFileSync(path.join(packageDir, 'dist', state.binary), '');
    chmodSync(path.join(packageDir, 'dist', state.binary), 0o755);
  }
  if (state.installScript !== undefined)
    writeFileSync(path.join(packageDir, 'install.js'), state.installScript);
  return root;
}

describe('findElectronBinary', () => {
  it('finds the binary path.txt names, and nothing when either is missing', () => {
    const installed = project({ pathTxt: 'electron', binary: 'electron' });
    expect(findElectronBinary(installed)).toBe(
      path.join(installed, 'node_modules', 'electron', 'dist', 'electron'),
    );
    expect(findElectronBinary(project({}))).toBeNull();
    expect(findElectronBinary(project({ pathTxt: 'electron' }))).toBeNull();
    expect(findElectronBinary(project({ pathTxt: '' }))).toBeNull();
  });
});

describe('fetchElectronBinary', () => {
  it('says whether Electron’s install script succeeded, and cuts one short that takes too long', async () => {
    expect(await fetchElectronBinary(project({ installScript: 'process.exit(0)' }), 10_000)).toBe(true);
    expect(await fetchElectronBinary(project({ installScript: 'process.exit(1)' }), 10_000)).toBe(false);
    expect(await fetchElectronBinary(project({ installScript: 'setInterval(() => {}, 1000)' }), 200)).toBe(
      false,
    );
    expect(await fetchElectronBinary(project({}), 10_000)).toBe(false);
  });
});
