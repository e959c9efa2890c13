// The desktop app as electron-builder packs it (dist/app/): a package.json of its own with no dependencies,
// the three bundles (main, the windows' preload, the host's utility process; each one CommonJS file, since a
// sandboxed preload can only be CommonJS and the asar then needs no node_modules), the renderer's build, and
// the playbook and scenarios the host reads. Electron itself is never bundled: it is the runtime. Used by
// `npm run dist`, `npm start` and the packaging check (test/packaging.test.ts).
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../node-adapters/index';
import { RENDERER_DIST } from '../station-server/index';

export const DESKTOP_APP = path.join(PROJECT_ROOT, 'dist', 'app');

export const DESKTOP_BUNDLES = [
  { entry: 'electron/main.ts', bundle: 'main.cjs' },
  { entry: 'electron/preload.ts', bundle: 'preload.cjs' },
  { entry: 'electron/host-entry.ts', bundle: 'host.cjs' },
] as const;

/** Builds the three bundles into `outDir`; rejects with esbuild's located errors. */
export async function buildDesktopBundles(outDir: string): Promise<void> {
  await Promise.all(
    DESKTOP_BUNDLES.map(({ entry, bundle }) =>
      build({
        absWorkingDir: PROJECT_ROOT,
        entryPoints: [entry],
        outfile: path.join(outDir, bundle),
        bundle: true,
        platform: 'node',
        target: 'node22',
        format: 'cjs',
        // Electron is the runtime; Vite is loaded only by a build (never by the app), on demand.
        external: ['electron', 'vite'],
        // node-adapters finds its folder from import.meta.url, which a CommonJS file spells with __filename.
        define: { 'import.meta.url': '__bundleUrl' },
        banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
        legalComments: 'none',
        logLevel: 'warning',
      }),
    ),
  );
}

/** The fields of the project's package.json the app keeps: who it is, and where main is. */
async function appManifest(): Promise<string> {
  const project = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const { name, version, description, author, license } = project;
  return `${JSON.stringify({ name, version, description, author, license, main: 'dist/desktop/main.cjs' }, null, 2)}\n`;
}

/** Stages the app in `appDir` (made afresh) from the renderer build at `rendererDist`. */
export async function stageDesktopApp(
  appDir: string = DESKTOP_APP,
  rendererDist: string = RENDERER_DIST,
): Promise<void> {
  await rm(appDir, { recursive: true, force: true });
  await mkdir(appDir, { recursive: true });
  await writeFile(path.join(appDir, 'package.json'), await appManifest());
  await buildDesktopBundles(path.join(appDir, 'dist', 'desktop'));
  await cp(rendererDist, path.join(appDir, 'dist', 'renderer'), { recursive: true });
  for (const content of ['playbook', 'scenarios'])
    await cp(path.join(PROJECT_ROOT, content), path.join(appDir, content), { recursive: true });
}
