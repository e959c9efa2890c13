// Finding a Chromium to print with, and printing: the search on a fake file system and environment; the print
// with fake Chromiums (small shell scripts) and with the machine's own, read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findChromium, noChromiumMessage, PdfPrintError, printHtmlToPdf } from './chromium-pdf';

const only =
  (...present: string[]) =>
  (file: string) =>
    present.includes(file);
const folder = () => mkdtempSync(path.join(tmpdir(), 'pbsim-print-'));
/** A fake Chromium: a shell script in `dir`. */
const fake = (dir: string, name: string, body: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
};
const CHROMIUM = '/usr/bin/chromium';
const noChromium = !existsSync(CHROMIUM);
const skipped = noChromium ? ` (skipped: no Chromium was found at ${CHROMIUM})` : '';
const MARKING = 'EU RESTRICTED - EXERCISE';

describe('findChromium', () => {
  it('takes the Chromium named, and never another when the named one is missing', () => {
    const env = { PBSIM_CHROMIUM: '/a/chromium' };
    const exists = only('/opt/chrome', '/a/chromium', '/usr/bin/chromium');
    expect(findChromium({ explicit: '/opt/chrome', env, exists, platform: 'linux' })).toEqual({
      found: '/opt/chrome',
    });
    expect(findChromium({ explicit: '/opt/none', env, exists, platform: 'linux' })).toEqual({
      found: null,
      looked: ['/opt/none'],
    });
  });

  it('then PBSIM_CHROMIUM, then CHROME_PATH, then the usual install places', () => {
    const linux = {
      env: { PBSIM_CHROMIUM: '/a/chromium', CHROME_PATH: '/b/chrome' },
      platform: 'linux' as const,
    };
    const found = (...present: string[]) => findChromium({ ...linux, exists: only(...present) }).found;
    expect(found('/a/chromium', '/b/chrome', '/usr/bin/chromium')).toBe('/a/chromium');
    expect(found('/b/chrome', '/usr/bin/chromium')).toBe('/b/chrome');
    expect(found('/usr/bin/google-chrome', '/snap/bin/chromium')).toBe('/usr/bin/google-chrome');
    expect(found('/snap/bin/chromium')).toBe('/snap/bin/chromium');
  });

  it('knows where Chrome, Chromium and Edge are installed on macOS and Windows', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findChromium({ platform: 'darwin', exists: only(chrome, edge) }).found).toBe(chrome);
    expect(findChromium({ platform: 'darwin', exists: only(edge) }).found).toBe(edge);
    const env = { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' };
    const userChrome = 'C:\\Users\\ana\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const msedge = 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium({ platform: 'win32', env, exists: only(userChrome, msedge) }).found).toBe(msedge);
    expect(findChromium({ platform: 'win32', env, exists: only(userChrome) }).found).toBe(userChrome);
  });

  it('says everywhere it looked when nothing is there', () => {
    const search = findChromium({ env: { CHROME_PATH: '/b/chrome' }, platform: 'linux', exists: only() });
    expect(search).toEqual({
      found: null,
      looked: [
        '/b/chrome',
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/snap/bin/chromium',
        '/usr/bin/microsoft-edge',
      ],
    });
  });
});

describe('noChromiumMessage', () => {
  it('names every place looked in and the ways out', () => {
    const looked = ['/b/chrome', '/usr/bin/chromium', '/snap/bin/chromium'];
    const message = noChromiumMessage(looked);
    for (const place of looked) expect(message).toContain(place);
    expect(message).toContain('--chromium PATH');
    expect(message).toContain('PBSIM_CHROMIUM');
    expect(message).toContain('--format html');
    expect(message).not.toContain('\n');
  });
});

describe('printHtmlToPdf with the machine’s Chromium', () => {
  it.skipIf(noChromium)(
    `prints every page with the page’s own margin boxes${skipped}`,
    { timeout: 120_000 },
    async () => {
      const dir = folder();
      const html = path.join(dir, 'three.html');
      writeFileSync(
        html,
        `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Three</title><style>
        @page { margin: 18mm 15mm; @top-center { content: "${MARKING}"; }
          @bottom-center { content: "${MARKING}"; }
          @bottom-right { content: counter(page) " / " counter(pages); } }
        section + section { break-before: page; }
        </style></head><body><section><h1>Section one</h1></section>
        <section><h1>Section two</h1></section><section><h1>Section three</h1></section></body></html>`,
      );
      const pdf = path.join(dir, 'three.pdf');
      await printHtmlToPdf(html, pdf, { chromium: CHROMIUM });
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((page) => page.trim() !== '');
      expect(pages).toHaveLength(3);
      for (const [index, page] of pages.entries()) {
        expect(page.split(MARKING).length - 1).toBe(2);
        expect(page).toContain(['Section one', 'Section two', 'Section three'][index]);
        // `-layout` closes up the spaces of the short `1 / 3`: it reads `1/3`.
        expect(page).toMatch(new RegExp(`(^|\\s)${index + 1} ?/ ?3(\\s|$)`));
      }
      expect(text).not.toContain('file://');
    },
  );

  // A page with margin boxes hides Chromium's header even without the flag; a page without them shows it.
  it.skipIf(noChromium)(
    `leaves out Chromium’s own header and footer (date, title, URL)${skipped}`,
    { timeout: 120_000 },
    async () => {
      const dir = folder();
      const html = path.join(dir, 'plain.html');
      writeFileSync(html, '<!DOCTYPE html><title>Plain title</title><p>Plain body</p>');
      const pdf = path.join(dir, 'plain.pdf');
      await printHtmlToPdf(html, pdf, { chromium: CHROMIUM });
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('Plain body');
      expect(text).not.toContain('Plain title');
      expect(text).not.toContain('file://');
    },
  );
});

describe('printHtmlToPdf with a fake Chromium', () => {
  const print = (dir: string, chromium: string, timeoutMs?: number) =>
    printHtmlToPdf(path.join(dir, 'a.html'), path.join(dir, 'a.pdf'), { chromium, timeoutMs });

  it('fails with the program named when it cannot be started', { timeout: 60_000 }, async () => {
    const dir = folder();
    const missing = path.join(dir, 'no-such-chromium');
    const printing = print(dir, missing);
    await expect(printing).rejects.toThrow(PdfPrintError);
    await expect(printing).rejects.toThrow(`${missing} could not be started: no such file or folder`);
  });

  it('fails with the code and what the program said when it exits badly', { timeout: 60_000 }, async () => {
    const dir = folder();
    const dbus = "echo '[9:9:1204/235536.8:ERROR:dbus/bus.cc:405] Failed to connect to the bus' >&2";
    const failing = fake(dir, 'failing', `${dbus}\necho boom >&2\n${dbus}\nexit 1`);
    const printing = print(dir, failing);
    await expect(printing).rejects.toThrow(PdfPrintError);
    // Without a D-Bus Chromium logs D-Bus errors on every run: noise that would hide what went wrong.
    await expect(printing).rejects.toThrow(new RegExp(`^${failing} exited with code 1:\nboom$`));
  });

  it('fails when it exits well but leaves no PDF, or something else', { timeout: 60_000 }, async () => {
    const dir = folder();
    const silent = fake(dir, 'silent', 'echo cannot write >&2\nexit 0');
    await expect(print(dir, silent)).rejects.toThrow(`${silent} exited with code 0 but wrote no PDF`);
    await expect(print(dir, silent)).rejects.toThrow('PDF to ' + path.join(dir, 'a.pdf') + ':\ncannot write');
    expect(existsSync(path.join(dir, 'a.pdf'))).toBe(false);
    const html = fake(
      dir,
      'html',
      'for a; do case $a in --print-to-pdf=*) echo "<p>" > "${a#*=}";; esac; done',
    );
    await expect(print(dir, html)).rejects.toThrow(PdfPrintError);
  });

  it('passes absolute paths, the page last, in a profile it removes after', { timeout: 60_000 }, async () => {
    const dir = folder();
    const record = path.join(dir, 'args');
    const writing = fake(
      dir,
      'writing',
      `for a; do echo "$a" >> '${record}'; case $a in\n` +
        `  --print-to-pdf=*) printf '%%PDF-1.4 fake' > "\${a#*=}";;\n` +
        `  --user-data-dir=*) test -d "\${a#*=}" || exit 3;;\nesac; done`,
    );
    const relative = (file: string) => path.relative(process.cwd(), path.join(dir, file));
    await printHtmlToPdf(relative('a b.html'), relative('out.pdf'), { chromium: writing });
    expect(readFileSync(path.join(dir, 'out.pdf'), 'latin1')).toBe('%PDF-1.4 fake');
    const args = readFileSync(record, 'utf8').trimEnd().split('\n');
    expect(args).toContain(`--print-to-pdf=${path.join(dir, 'out.pdf')}`);
    expect(args).toContain('--no-pdf-header-footer');
    expect(args.includes('--no-sandbox')).toBe(process.getuid?.() === 0);
    expect(args.at(-1)).toBe(pathToFileURL(path.join(dir, 'a b.html')).href);
    const profile = args.find((arg) => arg.startsWith('--user-data-dir=/'))?.split('=')[1];
    expect(profile && existsSync(profile)).toBe(false);
  });

  it('stops a program that hangs', { timeout: 60_000 }, async () => {
    const dir = folder();
    const hanging = fake(dir, 'hanging', 'exec sleep 600');
    await expect(print(dir, hanging, 500)).rejects.toThrow(
      `${hanging} timed out: it did not finish printing within 1 s and was stopped`,
    );
  });
});
