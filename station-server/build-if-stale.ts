import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../node-adapters/index';

/** What the renderer bundle is made from: a change in any of these makes dist/renderer stale. */
export const RENDERER_SOURCES: readonly string[] = [
  'renderer',
  'core',
  'playbook',
  'scenarios',
  'vite.config.ts',
  // A dependency upgrade changes the bundle without touching a source file.
  'package-lock.json',
].map((name) => path.join(PROJECT_ROOT, name));

export const RENDERER_DIST = path.join(PROJECT_ROOT, 'dist', 'renderer');

// Folders that never feed the bundle; skipping them keeps the check fast and avoids false rebuilds.
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

async function mtimeOrNull(filePath: string): Promise<number | null> {
  const info = await stat(filePath).catch(() => null);
  return info ? info.mtimeMs : null;
}

/** The newest modification time of any file under `root` (a folder or a file); null if there is none. */
export async function newestMtime(root: string): Promise<number | null> {
  const info = await stat(root).catch(() => null);
  if (!info) return null;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest: number | null = null;
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.isDirectory() && SKIPPED_FOLDERS.has(entry.name)) continue;
    const candidate = await newestMtime(path.join(root, entry.name));
    if (candidate !== null && (newest === null || candidate > newest)) newest = candidate;
  }
  return newest;
}

/** True when `distDir/index.html` is missing or older than the newest file under any of `sourceRoots`. */
export async function isRendererStale(sourceRoots: readonly string[], distDir: string): Promise<boolean> {
  const built = await mtimeOrNull(path.join(distDir, 'index.html'));
  if (built === null) return true;
  for (const root of sourceRoots) {
    const newest = await newestMtime(root);
    if (newest !== null && newest > built) return true;
  }
  return false;
}

export type BuildOutcome = { built: true; seconds: number } | { built: false };

export interface BuildIfStaleOptions {
  sourceRoots?: readonly string[];
  distDir?: string;
  /** Runs the build; the default is Vite with the project's vite.config.ts. Replaceable in tests. */
  build?: () => Promise<void>;
}

/** Builds the renderer with the project's own Vite config, quietly: serve.ts reports the outcome. */
export async function buildRenderer(): Promise<void> {
  // Imported here, not at the top: serving an up-to-date build should not pay for loading Vite.
  const { build } = await import('vite');
  await build({
    configFile: path.join(PROJECT_ROOT, 'vite.config.ts'),
    // vite.config.ts names its root relative to the working directory; pin it so serve works from anywhere.
    root: path.join(PROJECT_ROOT, 'renderer'),
    logLevel: 'warn',
  });
}

export async function buildIfStale(options: BuildIfStaleOptions = {}): Promise<BuildOutcome> {
  const stale = await isRendererStale(
    options.sourceRoots ?? RENDERER_SOURCES,
    options.distDir ?? RENDERER_DIST,
  );
  if (!stale) return { built: false };
  const started = performance.now();
  await (options.build ?? buildRenderer)();
  return { built: true, seconds: (performance.now() - started) / 1000 };
}

/** The one line serve.ts prints: "built in 1.2 s" or "up to date". */
export function describeBuild(outcome: BuildOutcome): string {
  return outcome.built ? `built in ${outcome.seconds.toFixed(1)} s` : 'up to date';
}
