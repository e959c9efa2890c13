// Packages made and opened with real Ed25519 keys (Node's crypto) and Node's own SHA-256 for the oracle:
// untouched packages open whole; every kind of alteration is refused naming the first line at fault; a
// package re-chained and re-signed with another key opens, saying its signer is unknown.
import { createHash, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECKPOINT_EVERY,
  DIGEST_CHARS,
  fingerprintOf,
  journalHead,
  makePackage,
  shortFingerprint,
} from './package-format';
import { isPackageText, openPackage, packageTextOf, type PackageOpening } from './package-open';
import v1Package from '../../test/fixtures/packages/white-cell-first-60-v1.pbsim-package?raw';
import v1Journal from '../../test/fixtures/journals/white-cell-plays-nac-v1/events.jsonl?raw';

function keyPair() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicText = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const signer = {
    publicKey: publicText,
    sign: (message: string) => sign(null, Buffer.from(message), privateKey as KeyObject).toString('base64'),
  };
  return { signer, fingerprint: fingerprintOf(publicText) };
}

const checkSignature = (publicKey: string, message: string, signature: string) =>
  verify(
    null,
    Buffer.from(message),
    { key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' },
    Buffer.from(signature, 'base64'),
  );

const HOST = keyPair();
const OTHER = keyPair();
const journal = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    JSON.stringify({ seq: index + 1, type: 'clock.tick', note: `line ${index + 1}` }),
  );

const packageOf = (lines: readonly string[], signer = HOST.signer) =>
  makePackage(lines, {
    exerciseId: 'pace-1',
    name: 'PACE rehearsal',
    scenarioId: 'combined-hybrid-campaign',
    packagedAt: '2026-12-04T10:00:00.000Z',
    appVersion: '0.1.0',
    signer,
  });

const open = (text: string, known: readonly string[] = [HOST.fingerprint]) =>
  openPackage(text, { verify: checkSignature, known: new Set(known) });

/** The package's lines, changed by `change`, back as text. */
const edit = (text: string, change: (lines: string[]) => void) => {
  const lines = text.split('\n').slice(0, -1);
  change(lines);
  return `${lines.join('\n')}\n`;
};

const refusedAt = (opening: PackageOpening) => (opening.ok ? 'opened' : opening.line);

describe('makePackage', () => {
  it('writes the manifest, the journal lines as they are, and a seal whose chain Node’s SHA-256 reproduces', () => {
    const lines = journal(3);
    const text = packageOf(lines);
    const all = text.split('\n').slice(0, -1);
    expect(all.slice(1, 4)).toEqual(lines);
    expect(isPackageText(text)).toBe(true);
    expect(isPackageText(lines.join('\n'))).toBe(false);
    const sha = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');
    // The chain starts from the exercise, not the manifest: the journal's own, whoever packages it.
    let link = sha('pbsim-journal\npace-1');
    for (const line of lines) link = sha(`${link}\n${line}`);
    const seal = JSON.parse(all[4]!) as { head: string; digests: string; signature: string };
    expect(seal.head).toBe(link);
    expect(journalHead('pace-1', lines)).toBe(link);
    expect(seal.digests).toHaveLength(4 * DIGEST_CHARS);
    expect(seal.digests.slice(0, DIGEST_CHARS)).toBe(sha(all[0]!).slice(0, DIGEST_CHARS));
    // The signature signs the manifest's hash with the head: the manifest cannot change under it.
    expect(checkSignature(HOST.signer.publicKey, `${sha(all[0]!)}\n${link}`, seal.signature)).toBe(true);
    expect(checkSignature(HOST.signer.publicKey, link, seal.signature)).toBe(false);
    expect(JSON.parse(all[0]!)).toMatchObject({ journalLines: 3, signer: { fingerprint: HOST.fingerprint } });
  });

  it('keeps a full link every CHECKPOINT_EVERY lines', () => {
    const text = packageOf(journal(CHECKPOINT_EVERY * 2 + 5));
    const seal = JSON.parse(text.split('\n').at(-2)!) as { checkpoints: { line: number }[] };
    expect(seal.checkpoints.map((point) => point.line)).toEqual([CHECKPOINT_EVERY, CHECKPOINT_EVERY * 2]);
  });

  it('shows a fingerprint as people read it out', () => {
    expect(shortFingerprint('0123456789abcdef0123456789')).toBe('0123 4567 89ab cdef 0123');
  });
});

describe('openPackage', () => {
  it('opens a package of the first layout (version 1), made by commit 1ee1893', () => {
    // test/fixtures/packages/README.md: the first 60 lines of the white-cell fixture journal, packaged then.
    const text = v1Package;
    const journalLines = v1Journal.split('\n').slice(0, 60);
    const opened = open(text, []);
    expect(opened).toMatchObject({ ok: true, journalLines, signer: { known: false } });
    expect(opened.ok && opened.manifest.pbsimPackage).toBe(1);
    // Altered, it is refused as today's are, naming the line.
    const lines = text.split('\n');
    lines[30] = lines[30]!.replace('"seq":30', '"seq":31');
    expect(refusedAt(open(lines.join('\n')))).toBe(31);
  });

  it('opens an untouched package whole, its signer known or not', () => {
    const lines = journal(20);
    const opened = open(packageOf(lines));
    expect(opened).toMatchObject({
      ok: true,
      journalLines: lines,
      signer: { fingerprint: HOST.fingerprint, known: true },
    });
    expect(open(packageOf(lines), [])).toMatchObject({ ok: true, signer: { known: false } });
  });

  it('names the line edited, the first of two swapped, one removed, one added, and an edited manifest', () => {
    const text = packageOf(journal(20));
    // Line n of the file is journal line n − 1.
    expect(refusedAt(open(edit(text, (lines) => (lines[7] = lines[7]!.replace('line 7', 'line 8')))))).toBe(
      8,
    );
    expect(refusedAt(open(edit(text, (lines) => ([lines[4], lines[5]] = [lines[5]!, lines[4]!]))))).toBe(5);
    expect(refusedAt(open(edit(text, (lines) => lines.splice(10, 1))))).toBe(11);
    expect(refusedAt(open(edit(text, (lines) => lines.splice(21, 0, '{"seq":21}'))))).toBe(22);
    expect(
      refusedAt(open(edit(text, (lines) => (lines[0] = lines[0]!.replace('PACE rehearsal', 'PACE'))))),
    ).toBe(1);
  });

  it('refuses a package cut short, between lines or inside one', () => {
    const text = packageOf(journal(20));
    const cut = (keep: number) => `${text.split('\n').slice(0, keep).join('\n')}\n`;
    // Manifest and 15 journal lines kept: the 16th journal line (file line 17) is the first missing.
    expect(open(cut(16))).toMatchObject({ ok: false, line: 17 });
    expect(open(cut(21))).toMatchObject({ ok: false, line: 22, reason: expect.stringContaining('seal') });
    const torn = text.slice(0, text.indexOf('line 9') + 3);
    expect(open(torn)).toMatchObject({
      ok: false,
      line: 10,
      reason: expect.stringContaining('middle of this line'),
    });
  });

  it('refuses an edit whose chain was recomputed under the old signature, and a touched seal', () => {
    const lines = journal(20);
    const forged = [...lines];
    forged[3] = forged[3]!.replace('line 4', 'line 5');
    // The forger recomputes everything but cannot sign with the host's key: the old signature stays.
    const original = packageOf(lines).split('\n').at(-2)!;
    const rechained = edit(packageOf(forged), (all) => {
      const seal = JSON.parse(all.at(-1)!) as { signature: string };
      seal.signature = (JSON.parse(original) as { signature: string }).signature;
      all[all.length - 1] = JSON.stringify(seal);
    });
    expect(open(rechained)).toMatchObject({
      ok: false,
      line: 22,
      reason: expect.stringContaining('signature'),
    });
    const touched = edit(packageOf(lines), (all) => (all[21] = all[21]!.replace('"head":"', '"head":"0')));
    expect(open(touched)).toMatchObject({ ok: false, line: 22 });
  });

  it('opens a package re-chained and re-signed with another key, its signer unknown', () => {
    const forged = journal(20);
    forged[3] = forged[3]!.replace('line 4', 'line 5');
    expect(open(packageOf(forged, OTHER.signer))).toMatchObject({
      ok: true,
      signer: { fingerprint: OTHER.fingerprint, known: false },
    });
  });

  it('refuses what is not a package, or a package of a newer version, naming line 1', () => {
    expect(open('{"seq":1}\n')).toMatchObject({ ok: false, line: 1 });
    const newer = edit(
      packageOf(journal(2)),
      (all) => (all[0] = all[0]!.replace('"pbsimPackage":2', '"pbsimPackage":3')),
    );
    expect(open(newer)).toMatchObject({
      ok: false,
      line: 1,
      reason: expect.stringContaining('newer version'),
    });
  });

  it('names the very line of any one-character edit (property)', () => {
    const lines = journal(12);
    const text = packageOf(lines);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 11 }),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1 }),
        (index, at, character) => {
          const line = lines[index]!;
          const position = at % line.length;
          fc.pre(line[position] !== character && character !== '\n');
          const changed = edit(text, (all) => {
            all[index + 1] = `${line.slice(0, position)}${character}${line.slice(position + 1)}`;
          });
          expect(refusedAt(open(changed))).toBe(index + 2);
        },
      ),
      { seed: 25, numRuns: 200 },
    );
  });
});

describe('packageTextOf', () => {
  it('gives a package’s text, refuses one whose bytes are not UTF-8, and leaves anything else alone', () => {
    const text = '{"pbsimPackage":2,"name":"Øresund"}\n{"seq":1}\n';
    const bytes = new TextEncoder().encode(text);
    expect(packageTextOf(bytes)).toEqual({ kind: 'package', text });
    // One byte of the name's "Ø" (0xC3 0x98) dropped: what is left is not UTF-8.
    const broken = bytes.filter((_, index) => index !== text.indexOf('Ø'));
    expect(packageTextOf(broken)).toEqual({ kind: 'not-utf8' });
    expect(packageTextOf(new TextEncoder().encode('{"seq":1}\n'))).toEqual({ kind: 'not-package' });
    expect(packageTextOf(new Uint8Array())).toEqual({ kind: 'not-package' });
  });
});
