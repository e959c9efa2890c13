// The CLI as one ES module (dist/cli/bin.mjs) for the tests that run it as a process: plain `node` starts
// it in a fraction of the time tsx needs to compile the sources on the fly, and as one process, so a loaded
// machine does not push a spawn past its test's timeout. `npm run cli` keeps running the sources with tsx.
// The bundle is rebuilt only when a file it was made from changed (by content, not mtime: a checkout or a
// copy touches mtimes without changing anything), so a test run pays for the build at most once.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { PROJECT_ROOT } from '../node-adapters/index';

export const CLI_ENTRY = path.join(PROJECT_ROOT, 'cli', 'bin.ts');
export const CLI_BUNDLE = path.join(PROJECT_ROOT, 'dist', 'cli', 'bin.mjs');

/** What to bundle and where to: the CLI by default; tests bundle small entries of their own. */
export interface BundleTarget {
  entry: string;
  bundle: string;
}
const CLI_TARGET: BundleTarget = { entry: CLI_ENTRY, bundle: CLI_BUNDLE };

/** Beside the bundle: the content hash of every file it was built from, to tell when it is stale. */
const inputsRecordOf = (bundle: string) => `${bundle}.inputs.json`;
/** This file: a change in how the bundle is made makes it stale too. */
const RECIPE = fileURLToPath(import.meta.url);

type InputHashes = Record<string, string>;

async function hashFile(file: string): Promise<string | null> {
  const content = await readFile(file).catch(() => null);
  return content && createHash('sha256').update(content).digest('hex');
}

async function hashAll(files: readonly string[]): Promise<InputHashes> {
  const hashes: InputHashes = {};
  for (const file of files) hashes[file] = (await hashFile(file)) ?? '';
  return hashes;
}

/** True when the bundle is missing, or any file it was built from (or this recipe) changed or is gone. */
export async function isCliBundleStale(target: BundleTarget = CLI_TARGET): Promise<boolean> {
  const bundleHash = await hashFile(target.bundle);
  const recorded = await readFile(inputsRecordOf(target.bundle), 'utf8')
    .then((text) => JSON.parse(text) as { bundle: string; inputs: InputHashes })
    .catch(() => null);
  if (!recorded || bundleHash !== recorded.bundle) return true;
  const files = Object.keys(recorded.inputs);
  const current = await hashAll(files);
  return files.some((file) => current[file] !== recorded.inputs[file]);
}

/**
 * In the bundle, `import.meta.url` is the bundle's own address, yet node-adapters finds the project root
 * from where its source file sits. Each project source's `import.meta.url` becomes the address its file
 * has relative to the bundle, so the bundle behaves as the sources do wherever the checkout lives.
 */
function sourceAddressPlugin(bundleFile: string): Plugin {
  return {
    name: 'source-import-meta-url',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const text = await readFile(args.path, 'utf8');
        const fromBundle = path.relative(path.dirname(bundleFile), args.path).split(path.sep).join('/');
        const address = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
        return { contents: text.replace(/\bimport\.meta\.url\b/g, address), loader: 'ts' };
      });
    },
  };
}

/** Builds the bundle, then records what it was made from. */
export async function buildCliBundle(target: BundleTarget = CLI_TARGET): Promise<void> {
  const result = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [target.entry],
    outfile: target.bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // Dependencies are bundled too (fewer files to load at start); the CommonJS ones among them
    // (yaml, papaparse, xlsx) call require(), which an ES module has only when it makes one.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    plugins: [sourceAddressPlugin(target.bundle)],
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  const bundle = result.outputFiles.find((file) => file.path === target.bundle);
  if (!bundle) throw new Error(`esbuild did not produce ${target.bundle}`);
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(PROJECT_ROOT, input));
  const record = {
    bundle: createHash('sha256').update(bundle.contents).digest('hex'),
    inputs: await hashAll([...inputs, RECIPE]),
  };
  await mkdir(path.dirname(target.bundle), { recursive: true });
  await writeWhole(target.bundle, bundle.contents);
  await writeWhole(inputsRecordOf(target.bundle), JSON.stringify(record, null, 1));
}

/** Written under a private name and renamed: two test runs building at once never read half a file. */
async function writeWhole(file: string, contents: Uint8Array | string): Promise<void> {
  const partial = `${file}.partial-${process.pid}`;
  await writeFile(partial, contents);
  await rename(partial, file);
}

export type CliBundleOutcome = { built: true; seconds: number } | { built: false };

export async function buildCliBundleIfStale(target: BundleTarget = CLI_TARGET): Promise<CliBundleOutcome> {
  if (!(await isCliBundleStale(target))) return { built: false };
  const started = performance.now();
  await buildCliBundle(target);
  return { built: true, seconds: (performance.now() - started) / 1000 };
}
