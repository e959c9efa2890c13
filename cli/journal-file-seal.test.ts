// The head of a journal file as `report` prints it: the chain worked out by hand with Node's SHA-256, over the
// file's lines as written; and, for a package, the head and key of that package.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupedHead, shortFingerprint } from '../core/index';
import { PROJECT_ROOT, temporarySigningKey } from '../node-adapters/index';
import { packageLines, wholeLines } from '../station-server/exercise-package';
import { EXIT } from './exit-codes';
import { sealOfJournalFile } from './journal-file-seal';
import { runReport } from './report-command';

const FIXTURE = path.join(PROJECT_ROOT, 'test/fixtures/journals/improvement-plan-v4/events.jsonl');
const ID = 'pace-rehearsal-hand-played';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const chainByHand = (lines: string[]) =>
  lines.reduce((link, line) => sha(`${link}\n${line}`), sha(`pbsim-journal\n${ID}`));

describe('sealOfJournalFile', () => {
  it('chains the file’s first lines as written, as far as asked', async () => {
    const lines = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n');
    expect(await sealOfJournalFile(FIXTURE, ID, lines.length, null)).toEqual({
      exerciseId: ID,
      head: chainByHand(lines),
      lines: 304,
      fingerprint: null,
    });
    const part = await sealOfJournalFile(FIXTURE, ID, 10, 'f'.repeat(64));
    expect(part).toEqual({
      exerciseId: ID,
      head: chainByHand(lines.slice(0, 10)),
      lines: 10,
      fingerprint: 'f'.repeat(64),
    });
  });

  it('is the head and key of the package `report` was given, printed under the report’s title', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'pbsim-seal-'));
    const signer = temporarySigningKey();
    const made = packageLines(wholeLines(readFileSync(FIXTURE, 'utf8')), ID, signer, { appVersion: 'test' });
    const file = path.join(folder, made.fileName);
    writeFileSync(file, made.text);
    const out: string[] = [];
    const code = await runReport([file, '--format', 'html', '--out', folder], {
      out: (line) => out.push(line),
      err: (line) => out.push(line),
    });
    expect(code, out.join('\n')).toBe(EXIT.ok);
    const html = readFileSync(path.join(folder, 'report.html'), 'utf8');
    expect(html).toContain(
      `after event 304, the journal’s hash chain reads ${groupedHead(made.head)}; its host signs packages with the key ${shortFingerprint(signer.fingerprint)}.`,
    );
    expect(made.head).toBe(chainByHand(readFileSync(FIXTURE, 'utf8').trimEnd().split('\n')));
    expect(html).toContain(`${made.head.slice(0, 32)}\\A ${made.head.slice(32)}`);
  });
});
