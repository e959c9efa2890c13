import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileCause } from './output-files';

/*
 * The report's PDF, printed headless by a Chromium or Chrome found on the machine (issue 24 §2). The HTML is
 * the report's own file: no script, nothing fetched, the marking in its CSS page-margin boxes, so Chromium's
 * own header and footer (the date, the title, the file's URL) are turned off.
 */

/** The environment variable that names the Chromium to print with, when `--chromium` does not. */
export const CHROMIUM_ENV = 'PBSIM_CHROMIUM';

type Env = Record<string, string | undefined>;

/** Where Chrome, Chromium and Edge are installed by default on each platform, in the order tried. */
function installPlaces(platform: NodeJS.Platform, env: Env): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root),
    );
    return roots.flatMap((root) => [
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
  ];
}

/** A program is a file: a folder or a dangling link of that name cannot be run. */
function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The Chromium found, or every place looked in, for the message that tells the user what to do. */
export type ChromiumSearch = { found: string } | { found: null; looked: string[] };

/**
 * The Chromium to print with: the one named (`--chromium`; a named one that is missing is not replaced by
 * another, since the user asked for that one), else PBSIM_CHROMIUM, else CHROME_PATH, else the first of the
 * usual install places that exists.
 */
export function findChromium(options: {
  explicit?: string | null;
  env?: Env;
  platform?: NodeJS.Platform;
  exists?: (file: string) => boolean;
}): ChromiumSearch {
  const { explicit = null, env = {}, platform = process.platform, exists = isFile } = options;
  if (explicit !== null) return exists(explicit) ? { found: explicit } : { found: null, looked: [explicit] };
  const candidates = [env[CHROMIUM_ENV], env.CHROME_PATH, ...installPlaces(platform, env)].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  const found = candidates.find((candidate) => exists(candidate));
  return found ? { found } : { found: null, looked: candidates };
}

/** What the user reads when no Chromium was found: where it looked, and what to do instead. */
export function noChromiumMessage(looked: readonly string[]): string {
  return [
    'report: no Chromium or Chrome was found to print the PDF, so nothing was written.',
    `Looked for: ${looked.join(', ')}.`,
    `Install Chromium, or name one with --chromium PATH or the ${CHROMIUM_ENV} environment variable.`,
    'The HTML report (--format html) prints to PDF from any browser, with the marking on every page.',
  ].join(' ');
}

/** Chromium could not print: the message names the program, how it ended and what it said last. */
export class PdfPrintError extends Error {
  override name = 'PdfPrintError';
}

/** The PDF file's first bytes: what tells a PDF from a missing, empty or half-written file. */
async function startsLikePdf(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(5);
    const { bytesRead } = await handle.read(head, 0, 5, 0);
    return bytesRead === 5 && head.toString('latin1') === '%PDF-';
  } finally {
    await handle.close();
  }
}

/**
 * Chromium's last words, after a colon: enough to see why it failed, not the whole log of a long run. Without
 * a D-Bus (servers, containers, CI) Chromium logs a dozen D-Bus errors on every run; they never say why.
 */
function lastWords(stderr: string): string {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '' && !line.includes(':ERROR:dbus/'));
  return lines.length > 0 ? `:\n${lines.slice(-10).join('\n')}` : '';
}

/** The command line of one print: a throw-away profile, nothing that syncs, phones home or adds a header. */
function printArgs(htmlFile: string, pdfFile: string, profile: string): string[] {
  return [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-background-networking',
    '--disable-sync',
    '--mute-audio',
    // The marking is in the page's own margin boxes. The second flag is the older Chrome's name for the
    // first; a Chromium that does not know a flag ignores it.
    '--no-pdf-header-footer',
    '--print-to-pdf-no-header',
    `--user-data-dir=${profile}`,
    `--print-to-pdf=${path.resolve(pdfFile)}`,
    // Chromium refuses to start as root with its sandbox; the page is our own static file, with no script.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    pathToFileURL(path.resolve(htmlFile)).href,
  ];
}

/** Runs Chromium to its end: resolves with what it said when it exits 0, else rejects with a PdfPrintError. */
function runChromium(chromium: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const fail = (how: string) => reject(new PdfPrintError(`${chromium} ${how}`));
    const child = spawn(chromium, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const seconds = Math.max(1, Math.round(timeoutMs / 1000));
    const stop = () => fail(`timed out: it did not finish printing within ${seconds} s and was stopped`);
    // Killing the browser process takes its renderers and helpers down with it (checked on Linux). The
    // rejection waits for its exit, so that the profile is not removed under a running Chromium.
    const timer = setTimeout(() => {
      if (child.exitCode !== null || child.signalCode !== null) return stop();
      child.once('exit', stop);
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-8000);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(`could not be started: ${fileCause(error) ?? error.message}`);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(stderr);
      else fail(`${signal ? `was stopped by ${signal}` : `exited with code ${code}`}${lastWords(stderr)}`);
    });
  });
}

/**
 * Prints `htmlFile` to `pdfFile` with a headless Chromium, in a throw-away profile that is removed afterwards.
 * Resolves once the PDF is there; rejects with a PdfPrintError when Chromium cannot start, fails, hangs past
 * `timeoutMs` (then it is killed) or leaves no PDF.
 */
export async function printHtmlToPdf(
  htmlFile: string,
  pdfFile: string,
  options: { chromium: string; timeoutMs?: number },
): Promise<void> {
  const { chromium, timeoutMs = 120_000 } = options;
  const profile = await mkdtemp(path.join(tmpdir(), 'pbsim-chromium-'));
  try {
    const said = await runChromium(chromium, printArgs(htmlFile, pdfFile, profile), timeoutMs);
    // Chromium exits 0 even when it could not write the file; the file itself says whether it printed.
    if (!(await startsLikePdf(pdfFile))) {
      throw new PdfPrintError(
        `${chromium} exited with code 0 but wrote no PDF to ${pdfFile}${lastWords(said)}`,
      );
    }
  } finally {
    // A profile left behind in the temporary folder is no reason to fail a print that worked.
    await rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  }
}
