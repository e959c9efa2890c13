// Where the Electron binary is, without loading the `electron` package: in electron 45, requiring it where the
// binary is missing tries to download it (../shared/TOOLCHAIN.md). The package records the binary's path,
// relative to its dist/ folder, in path.txt once its install script has fetched it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The Electron binary under `projectRoot`'s node_modules, or null when it was never fetched. */
export function findElectronBinary(projectRoot: string): string | null {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  let relative: string;
  try {
    relative = readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  const binary = path.join(packageDir, 'dist', relative);
  return relative !== '' && existsSync(binary) ? binary : null;
}

/**
 * Runs Electron's own install script (which fetches the binary from its download site) for at most
 * `withinMs`: on a connected machine where npm skipped it, that is all `npm start` needs; offline it fails or
 * is cut short, and the caller runs browser mode. Resolves true when the script finished successfully.
 */
export function fetchElectronBinary(projectRoot: string, withinMs: number): Promise<boolean> {
  const script = path.join(projectRoot, 'node_modules', 'electron', 'install.js');
  if (!existsSync(script)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { cwd: projectRoot, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill(), withinMs);
    child.on('error', () => resolve(false));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}
