// `npm run dist`: the installers of the machine it runs on (dist/installers/), with their SHA-256 sums in
// dist/installers/SHA256SUMS (`sha256sum -c` reads it). Needs a connected machine: electron-builder fetches
// Electron and the platform's packaging tools. Extra arguments go to electron-builder (`-- --linux deb`).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../node-adapters/index';
import { buildRenderer } from '../station-server/index';
import { stageDesktopApp } from './desktop-bundle';

const OUTPUT = path.join(PROJECT_ROOT, 'dist', 'installers');
const INSTALLER = /\.(AppImage|deb|exe|dmg)$/;

function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

await buildRenderer();
await stageDesktopApp();
const builder = path.join(PROJECT_ROOT, 'node_modules', 'electron-builder', 'cli.js');
const code = await new Promise<number>((resolve) =>
  spawn(process.execPath, [builder, '--publish', 'never', ...process.argv.slice(2)], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  }).on('exit', (exit) => resolve(exit ?? 1)),
);
if (code !== 0) process.exit(code);
const lines: string[] = [];
for (const name of (await readdir(OUTPUT)).filter((entry) => INSTALLER.test(entry)).sort()) {
  if (!(await stat(path.join(OUTPUT, name))).isFile()) continue;
  lines.push(`${await sha256(path.join(OUTPUT, name))}  ${name}`);
}
await writeFile(path.join(OUTPUT, 'SHA256SUMS'), `${lines.join('\n')}\n`);
console.log(`installers and SHA256SUMS in ${path.relative(PROJECT_ROOT, OUTPUT)}/:\n${lines.join('\n')}`);
