// The app as it was before the exercise host (issue 16: the console's first render is printed as a ratio to
// the same figure measured before this change): the renderer at the last commit before the host, with the
// engine in the tab, built from that commit's own files and vite.config.ts into a temporary folder and served
// as static files. Built in the same run as the current app, so both figures come from the same machine load.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../node-adapters/index';
import { startStaticServer, type RunningStaticServer } from '../../station-server/index';

/** The last commit before the exercise host: its console opened from the tab's own IndexedDB snapshot. */
export const BEFORE_HOST_COMMIT = 'c58646f';

export type AppBeforeHost =
  { found: true; commit: string; url: string; close(): Promise<void> } | { found: false; reason: string };

/** Runs a command in the project and resolves with its exit code (its output is kept for the error). */
function run(
  command: string,
  args: string[],
  stdout?: NodeJS.WritableStream,
): Promise<{ code: number; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', stdout ? 'pipe' : 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    if (stdout && child.stdout) child.stdout.pipe(stdout);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, err }));
  });
}

/**
 * The commit's files written into `folder` with `git archive | tar -x`: unlike a second worktree, this leaves
 * nothing registered in the repository if the benchmark is stopped halfway.
 */
async function extractCommit(commit: string, folder: string): Promise<void> {
  const tar = spawn('tar', ['-x', '-C', folder], { stdio: ['pipe', 'ignore', 'pipe'] });
  let tarErr = '';
  tar.stderr.on('data', (chunk: Buffer) => (tarErr += chunk.toString()));
  const untarred = new Promise<number>((resolve, reject) => {
    tar.on('error', reject);
    tar.on('close', (code) => resolve(code ?? 1));
  });
  const archived = await run('git', ['archive', '--format=tar', commit], tar.stdin);
  const tarCode = await untarred;
  if (archived.code !== 0) throw new Error(`git archive ${commit} failed: ${archived.err.trim()}`);
  if (tarCode !== 0) throw new Error(`unpacking ${commit} into ${folder} failed: ${tarErr.trim()}`);
}

/** Builds the commit's renderer with its own Vite config into `outDir`. */
async function buildRendererOf(tree: string, outDir: string): Promise<void> {
  // The commit's package.json names the same dependencies as today's, bar the host's `ws`.
  await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(tree, 'node_modules'), 'dir');
  const { build } = await import('vite');
  await build({
    configFile: path.join(tree, 'vite.config.ts'),
    root: path.join(tree, 'renderer'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/**
 * Builds and serves the app before the host on 127.0.0.1 (its own origin, so its IndexedDB is apart from the
 * current app's). Not found when the repository does not hold the commit (a shallow clone) or its build fails.
 */
export async function serveAppBeforeHost(): Promise<AppBeforeHost> {
  const known = await run('git', ['cat-file', '-e', `${BEFORE_HOST_COMMIT}^{commit}`]);
  if (known.code !== 0)
    return {
      found: false,
      reason: `commit ${BEFORE_HOST_COMMIT} is not in this repository (a shallow clone?)`,
    };
  const folder = await mkdtemp(path.join(tmpdir(), 'playbook-sim-bench-before-host-'));
  let server: RunningStaticServer | undefined;
  try {
    const tree = path.join(folder, 'tree');
    const dist = path.join(folder, 'dist');
    await mkdir(tree);
    await extractCommit(BEFORE_HOST_COMMIT, tree);
    await buildRendererOf(tree, dist);
    // The static server sends the build's own CSP (read from its index.html), as that commit's server did.
    server = await startStaticServer({ root: dist, port: 0 });
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    // The benchmark still prints the current app's figures, and says why there is no before figure.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return {
      found: false,
      reason: `the app at ${BEFORE_HOST_COMMIT} could not be built or served: ${message}`,
    };
  }
  const running = server;
  return {
    found: true,
    commit: BEFORE_HOST_COMMIT,
    url: running.url,
    close: async () => {
      await running.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
