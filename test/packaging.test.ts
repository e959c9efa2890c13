// The packaging check (issue 21 §4): electron-builder builds the Linux app folder from electron-builder.yml
// with a stub Electron binary (the real one cannot be fetched here; ../shared/TOOLCHAIN.md), then the asar's
// contents and the flipped fuses are read back with the tools Electron's own packaging uses. The bundles are
// electron/main, electron/preload and electron/host-entry; the host's is run from the asar to prove it loads.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node-adapters/index';
import { DESKTOP_BUNDLES, stageDesktopApp } from '../scripts/desktop-bundle';

const run = promisify(execFile);
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's own fuse wire, as its binary ships: every fuse at its default. */
const ELECTRON_DEFAULT_WIRE = '101100011';

let folder: string;
let appOut: string;
let asarFile: string;

/**
 * A stand-in for the Electron binary: a shell script holding the fuse sentinel, the wire's version (byte 1),
 * its length and the wire itself ('0' off, '1' on), where @electron/fuses looks for them.
 */
function writeStubElectron(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const wire = Buffer.from(ELECTRON_DEFAULT_WIRE, 'ascii');
  const file = path.join(dir, 'electron');
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('#!/bin/sh\nexit 0\n'),
      Buffer.from(SENTINEL),
      Buffer.from([1, wire.length]),
      wire,
    ]),
  );
  chmodSync(file, 0o755);
}

/** Every file under `root`, as the asar names it (`/playbook/machines/ipcr.yaml`). */
function filesUnder(root: string, prefix: string): string[] {
  return readdirSync(path.join(PROJECT_ROOT, root), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map(
      (entry) =>
        `/${path.relative(PROJECT_ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`,
    )
    .filter((name) => name.startsWith(prefix));
}

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'packaging-'));
  // Staged in a folder of its own, so the check never touches the checkout's dist/app; the renderer as the
  // test run's global setup built it.
  const staged = path.join(folder, 'app');
  await stageDesktopApp(staged);
  writeStubElectron(path.join(folder, 'stub'));
  const builder = path.join(PROJECT_ROOT, 'node_modules', 'electron-builder', 'cli.js');
  await run(
    process.execPath,
    [
      builder,
      '--linux',
      'dir',
      '--projectDir',
      PROJECT_ROOT,
      `-c.directories.app=${staged}`,
      `-c.electronDist=${path.join(folder, 'stub')}`,
      `-c.directories.output=${path.join(folder, 'out')}`,
    ],
    { cwd: PROJECT_ROOT, env: { ...process.env, CI: 'true' } },
  );
  appOut = path.join(folder, 'out', 'linux-unpacked');
  asarFile = path.join(appOut, 'resources', 'app.asar');
}, 240_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the packaged app', () => {
  it('holds the bundles, the renderer build, the playbook and the scenarios, and nothing else', () => {
    const listed = listPackage(asarFile, { isPack: false }).map((name) => name.split(path.sep).join('/'));
    const files = listed.filter((name) => !listed.some((other) => other.startsWith(`${name}/`)));
    for (const { bundle } of DESKTOP_BUNDLES) expect(files).toContain(`/dist/desktop/${bundle}`);
    expect(files).toContain('/dist/renderer/index.html');
    // Every playbook and scenario file of the checkout is in, counted from the checkout itself.
    const content = [...filesUnder('playbook', '/playbook/'), ...filesUnder('scenarios', '/scenarios/')];
    expect(content.length).toBeGreaterThan(30);
    for (const file of content) expect(files).toContain(file);
    expect(files.filter((name) => name.includes('/node_modules/'))).toEqual([]);
    expect(files.filter((name) => /\.(ts|tsx|map)$/.test(name))).toEqual([]);
    const outside = files.filter(
      (name) => !/^\/(dist\/(desktop|renderer)|playbook|scenarios)\/|^\/package\.json$/.test(name),
    );
    expect(outside).toEqual([]);
  });

  it('starts main from the bundle its package.json names', () => {
    const manifest = JSON.parse(extractFile(asarFile, 'package.json').toString()) as {
      main: string;
      name: string;
    };
    expect(manifest.main).toBe('dist/desktop/main.cjs');
    expect(extractFile(asarFile, manifest.main).length).toBeGreaterThan(1000);
    expect(readdirSync(appOut)).toContain(manifest.name);
  });

  it('has its fuses flipped: no Node mode, no NODE_OPTIONS, no inspector, the asar only and checked', async () => {
    const wire = await getCurrentFuseWire(path.join(appOut, 'playbook-sim'));
    const expected: [FuseV1Options, FuseState][] = [
      [FuseV1Options.RunAsNode, FuseState.DISABLE],
      [FuseV1Options.EnableCookieEncryption, FuseState.ENABLE],
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable, FuseState.DISABLE],
      [FuseV1Options.EnableNodeCliInspectArguments, FuseState.DISABLE],
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, FuseState.ENABLE],
      [FuseV1Options.OnlyLoadAppFromAsar, FuseState.ENABLE],
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot, FuseState.DISABLE],
      [FuseV1Options.GrantFileProtocolExtraPrivileges, FuseState.DISABLE],
    ];
    // Live: the stub shipped with Electron's defaults, which differ from these in seven places.
    const flipped = expected.filter(([fuse, state]) => ELECTRON_DEFAULT_WIRE.charCodeAt(fuse) !== state);
    expect(flipped).toHaveLength(7);
    for (const [fuse, state] of expected)
      expect([FuseV1Options[fuse], wire[fuse]]).toEqual([FuseV1Options[fuse], state]);
  });

  it('has a host bundle that loads without build tools, and a preload that needs Electron alone', async () => {
    const host = path.join(folder, 'host.cjs');
    writeFileSync(host, extractFile(asarFile, 'dist/desktop/host.cjs'));
    // Outside a utility process it refuses to run, having loaded every module it is made of.
    const ran = await run(process.execPath, [host]).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('the app starts itself');
    const preload = extractFile(asarFile, 'dist/desktop/preload.cjs').toString();
    expect([...new Set(preload.match(/require\("[^"]+"\)/g))]).toEqual(['require("electron")']);
  });
});
