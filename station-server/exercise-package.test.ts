// An exercise packaged from a data folder and opened on this host and on another: the journal comes back
// byte for byte, the signer known here and unknown there; an edited package is refused with its line; plain
// journals still restore as before; nothing but the journal's lines is packaged.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node-adapters/index';
import { exerciseFiles } from './data-folder';
import { publicKeyPemText } from '../core/index';
import { miniExerciseRequest, startHostWorld } from '../test/fixtures/exercise-host-world';
import { openRestoreFile, packageExercise, sealExercise, wholeLines } from './exercise-package';

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
      lines: wholeLines(journal),
      signer: { fingerprint: made.fingerprint, known: true },
    });
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'pbsim-package-other-'));
    expect(await openRestoreFile(elsewhere, made.text)).toEqual({
      kind: 'package',
      journal,
      lines: wholeLines(journal),
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

  it('restores on another host as the very same journal, with the same seal; known once its key is imported', async () => {
    // An exercise recorded by this version of the app, played a little on one host.
    const a = await startHostWorld();
    const { exerciseId } = await a.host.create(miniExerciseRequest());
    const exercise = await a.host.open(exerciseId);
    await exercise.execute({ commandId: 'c-1', type: 'exercise/start', payload: {} });
    await a.advance(60_000);
    const made = await a.host.packageOf(exerciseId);
    const seal = await a.host.sealOf(exerciseId);
    const journal = readFileSync(a.host.journalFile(exerciseId), 'utf8');
    // The seal is the package's head, after every line of the journal, and names the key that signed it.
    expect(seal).toEqual({
      exerciseId,
      head: made.head,
      lines: wholeLines(journal).length,
      fingerprint: made.fingerprint,
    });
    expect(seal.lines).toBeGreaterThan(2);

    const b = await startHostWorld();
    const unknown = await b.host.restore(made.fileName, made.text);
    expect(unknown).toEqual({
      ok: true,
      record: expect.anything(),
      notes: [expect.stringContaining('does not know')],
    });
    expect(readFileSync(b.host.journalFile(exerciseId), 'utf8')).toBe(journal);
    const there = await b.host.sealOf(exerciseId);
    expect(there.head).toBe(seal.head);
    expect(there.fingerprint).not.toBe(seal.fingerprint); // the other host signs its own packages
    // The head after the first lines, as a console showed it at ENDEX part-way, is a link of the same chain.
    expect((await b.host.sealOf(exerciseId, 2)).head).toBe((await a.host.sealOf(exerciseId, 2)).head);

    // Once the exporting host's key is imported, the same package is known to come from it.
    await b.host.importKey(
      publicKeyPemText((await a.host.signingKeys()).own.publicKey),
      'the exercise laptop',
    );
    expect((await b.host.signingKeys()).known).toMatchObject([{ fingerprint: made.fingerprint }]);
    await b.host.delete(exerciseId);
    const known = await b.host.restore(made.fileName, made.text);
    expect(known).toMatchObject({ ok: true, notes: [expect.stringContaining('knows')] });
  });

  it('says when a package of an earlier version’s journal is kept brought up to this one', async () => {
    const here = hostWithExercise();
    const made = await packageExercise(here, ID, { appVersion: '0.1.0' });
    expect(await sealExercise(here, ID)).toMatchObject({ head: made.head, fingerprint: made.fingerprint });
    const { host } = await startHostWorld();
    const restored = await host.restore(made.fileName, made.text);
    expect(restored).toMatchObject({
      ok: true,
      notes: [expect.stringContaining('does not know'), expect.stringContaining('earlier version')],
    });
    // The fixture is a version 4 journal: kept as version 5 here, so its chain here is another one.
    expect(readFileSync(host.journalFile(ID), 'utf8')).not.toBe(readFileSync(FIXTURE, 'utf8'));
    expect((await host.sealOf(ID)).head).not.toBe(made.head);
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
