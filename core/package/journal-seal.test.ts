import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { groupedHead, sealOfLines } from './journal-seal';
import { makePackage } from './package-format';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** The chain worked out by hand from its definition (package-format.ts), with Node's SHA-256. */
const chainByHand = (exerciseId: string, lines: string[]) =>
  lines.reduce((link, line) => sha(`${link}\n${line}`), sha(`pbsim-journal\n${exerciseId}`));

const LINES = ['{"seq":1,"type":"exercise.created"}', '{"seq":2}', '{"seq":3,"text":"é — ✓"}', '{"seq":4}'];

describe('sealOfLines', () => {
  it('is the chain’s head after the lines it covers, as worked out from its definition', () => {
    expect(sealOfLines('ex-1', LINES, { fingerprint: 'f'.repeat(64) })).toEqual({
      exerciseId: 'ex-1',
      head: chainByHand('ex-1', LINES),
      lines: 4,
      fingerprint: 'f'.repeat(64),
    });
    const atEndex = sealOfLines('ex-1', LINES, { through: 2, fingerprint: null });
    expect(atEndex).toMatchObject({ head: chainByHand('ex-1', LINES.slice(0, 2)), lines: 2 });
    // Another exercise's journal of the same lines has another chain.
    expect(sealOfLines('ex-2', LINES, { fingerprint: null }).head).not.toBe(chainByHand('ex-1', LINES));
    // Past the end: the journal as far as it goes, saying how far.
    expect(sealOfLines('ex-1', LINES, { through: 9, fingerprint: null }).lines).toBe(4);
  });

  it('is the head of a package of the same lines', () => {
    const text = makePackage(LINES, {
      exerciseId: 'ex-1',
      name: 'Drill',
      scenarioId: 's',
      packagedAt: '2026-12-05T00:00:00Z',
      appVersion: 'test',
      signer: { publicKey: 'AAAA', sign: () => 'signature' },
      hash: sha,
    });
    const seal = JSON.parse(text.trimEnd().split('\n').at(-1) as string) as { head: string };
    expect(sealOfLines('ex-1', LINES, { fingerprint: null, hash: sha }).head).toBe(seal.head);
  });
});

describe('groupedHead', () => {
  it('groups the 64 characters by eight, losing none', () => {
    const head = chainByHand('ex-1', LINES);
    const grouped = groupedHead(head);
    expect(grouped.split(' ')).toHaveLength(8);
    expect(grouped.replace(/ /g, '')).toBe(head);
  });
});
