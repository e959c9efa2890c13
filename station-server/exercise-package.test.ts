// An exercise packaged from a data folder and opened on this host and on another: the journal comes back
// byte for byte, the signer known here and unknown there; an edited package is refused with its line; plain
// journals still restore as before; nothing but the journal's lines is packaged.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node-adapters/index';
import { exerciseFiles } from './data-folder';
import { openRestoreFile, packageExercise, wholeLines } from './exercise-package';

const FIXTURE = path.join(PROJECT_ROOT, 'test/fixtures/journals/improvement-plan-v4/events.jsonl');
const ID = 'pace-rehearsal-hand-played';

/** A data folder holding the fixture exercise, with a station token secret beside its journal. */
function hostWithExercise(): string {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'pbsim-package-'));
  const files = exerciseFiles(dataFolder, ID);
  mkdirSync(files.folder, { recursive: true });
  copyFileSync(FIXTURE, files.journal);
  writeFileSync(path.join(files.folder, 'station-access.json'), '{"secret":"TOKEN-SECRET-123"}');
  return dataFolder;
}

describe('packageExercise and openRestoreFile', () => {
  it('gives the journal back byte for byte, its signer known here and unknown on another host', async () => {
    const here = hostWithExercise();
    const made = await packageExercise(here, ID, {
      appVersion: '0.1.0',
      now: new Date('2026-12-04T10:00:00Z'),
    });
    expect(made.fileName).toBe(`${ID}.pbsim-package`);
    expect(made.text).not.toContain('TOKEN-SECRET-123');
    const journal = readFileSync(FIXTURE, 'utf8');
    const opened = await openRestoreFile(here, made.text);
    expect(opened).toEqual({
      kind: 'package',
      journal,
      signer: { fingerprint: made.fingerprint, known: true },
    });
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'pbsim-package-other-'));
    expect(await openRestoreFile(elsewhere, made.text)).toEqual({
      kind: 'package',
      journal,
      signer: { fingerprint: made.fingerprint, known: false },
    });
    // The manifest names the exercise as its first event does.
    expect(JSON.parse(made.text.slice(0, made.text.indexOf('\n')))).toMatchObject({
      exerciseId: ID,
      name: 'PACE rehearsal (hand-played)',
      scenarioId: 'combined-hybrid-campaign',
      journalLines: journal.split('\n').length - 1,
    });
  });

  it('refuses an edited package, naming its line', async () => {
    const here = hostWithExercise();
    const { text } = await packageExercise(here, ID, { appVersion: '0.1.0' });
    const lines = text.split('\n');
    // File line 101 is journal line 100.
    lines[100] = lines[100]!.replace('"seq":100', '"seq":1000');
    expect(await openRestoreFile(here, lines.join('\n'))).toMatchObject({ kind: 'refused', line: 101 });
  });

  it('passes a plain journal through for the restore to check as before', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    expect(await openRestoreFile(hostWithExercise(), text)).toEqual({ kind: 'journal', journal: text });
  });

  it('leaves a last line cut short by a crash out of the record', () => {
    expect(wholeLines('{"seq":1}\n{"seq":2}\n{"se')).toEqual(['{"seq":1}', '{"seq":2}']);
    expect(wholeLines('{"seq":1}\n')).toEqual(['{"seq":1}']);
  });
});
