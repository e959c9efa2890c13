import path from 'node:path';
import type { ExerciseReadModels, JournalSeal, ReportModel } from '../core/index';
import type * as Vite from 'vite';
import { PROJECT_ROOT } from '../node-adapters/index';

/*
 * The report document is the renderer's (renderer/report/): React components that the review shows, with the
 * UI's catalogues found by Vite's `import.meta.glob` and style sheets read as text, so the same document is
 * previewed in the app and saved from it. Plain Node cannot load those modules; Vite, which builds the app,
 * can: the CLI loads them through Vite's server-side module loader (docs/adr/0010-report-document.md).
 */

/** What the CLI takes from renderer/report/index.ts. */
export interface ReportRenderer {
  /** The languages the UI (and so the report) is written in: `en` first. */
  reportLanguages: readonly string[];
  reportHtml(
    input: { report: ReportModel; content: ExerciseReadModels['content']; seal?: JournalSeal | undefined },
    options: { language: string },
  ): string;
}

const RENDERER_MODULE = path.join(PROJECT_ROOT, 'renderer', 'report', 'index.ts');
// A name, not a literal import: the CLI bundle (scripts/cli-bundle.ts) leaves Vite out and finds it at run time.
const VITE = 'vite';

/** True inside Vite's own module runner (the test runner): the renderer's modules load as they are. */
const underVite = () => typeof (import.meta as { env?: unknown }).env === 'object';

let loaded: Promise<ReportRenderer> | null = null;

/** The renderer's report module, loaded once per process. */
export function loadReportRenderer(): Promise<ReportRenderer> {
  loaded ??= (
    underVite() ? import(/* @vite-ignore */ RENDERER_MODULE) : loadThroughVite()
  ) as Promise<ReportRenderer>;
  return loaded;
}

async function loadThroughVite(): Promise<unknown> {
  const { createServer } = (await import(VITE)) as typeof Vite;
  const server = await createServer({
    configFile: false,
    root: PROJECT_ROOT,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await server.ssrLoadModule(RENDERER_MODULE);
  } finally {
    await server.close();
  }
}
