// A printed PDF read back as a reader would: its text page by page, through pdftotext (Debian's
// poppler-utils, which .ci/run installs as it installs Chromium).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The PDF's text, page by page (pdftotext ends each page with a form feed). */
export function pagesOf(pdf: Buffer): string[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'print-'));
  try {
    const file = path.join(folder, 'page.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    return text.split('\f').filter((page) => page.trim() !== '');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
