import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  MAX_STATION_TOKEN_CHARS,
  signStationToken,
  verifyStationToken,
  type StationGrant,
} from './station-tokens';

const KEY = Buffer.alloc(32, 7);
const OTHER_EXERCISE_KEY = Buffer.alloc(32, 8);
const NOW = Date.UTC(2026, 11, 4, 9);
const HOUR = 3_600_000;
const grant: StationGrant = {
  v: 1,
  exerciseId: 'ex-1',
  tokenId: 'tok-1',
  stationId: 'st-1',
  roles: ['ms-a'],
  kind: 'player',
  issuedWallMs: NOW,
  expiresWallMs: NOW + HOUR,
};

const NOT_A_TOKEN = { ok: false, reason: 'this is not a station token of this host: join again with a code' };
const NOT_SIGNED = {
  ok: false,
  reason: 'the station token is not signed by this exercise: join again with a code',
};

/** The format as ADR 0007 writes it down, made by hand: base64url of a JSON text, a dot, its HMAC-SHA256. */
const bodyOf = (text: string) => Buffer.from(text).toString('base64url');
const hmac = (body: string, key: Buffer) => createHmac('sha256', key).update(body).digest('base64url');
const handSigned = (text: string, key: Buffer) => `${bodyOf(text)}.${hmac(bodyOf(text), key)}`;

function parts(token: string): { body: string; signature: string } {
  const [body, signature, ...more] = token.split('.');
  if (body === undefined || signature === undefined || more.length > 0)
    throw new Error(`not two parts: ${token}`);
  return { body, signature };
}

describe('a signed station token', () => {
  it('is the grant as base64url JSON, a dot, and the HMAC-SHA256 of that text under the exercise’s key', () => {
    const token = signStationToken(grant, KEY);
    const { body, signature } = parts(token);
    expect(JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))).toEqual(grant);
    expect(signature).toBe(hmac(body, KEY));
    expect(token).toBe(handSigned(JSON.stringify(grant), KEY));
  });

  it('verifies a token made by hand to the format, whatever the order of its fields', () => {
    const reordered = JSON.stringify({ ...grant, roles: ['ms-a', 'nac'] }, [
      'roles',
      'kind',
      'expiresWallMs',
      'issuedWallMs',
      'stationId',
      'tokenId',
      'exerciseId',
      'v',
    ]);
    expect(reordered.startsWith('{"roles"')).toBe(true);
    expect(verifyStationToken(handSigned(reordered, KEY), KEY, NOW)).toEqual({
      ok: true,
      grant: { ...grant, roles: ['ms-a', 'nac'] },
    });
  });

  it('will not sign a grant that breaks the format', () => {
    expect(() => signStationToken({ ...grant, roles: [] }, KEY)).toThrow();
    expect(() =>
      signStationToken({ ...grant, roles: Array.from({ length: 9 }, (_, i) => `r${i}`) }, KEY),
    ).toThrow();
    expect(() => signStationToken({ ...grant, exerciseId: 'e'.repeat(201) }, KEY)).toThrow();
    expect(() => signStationToken({ ...grant, admin: true } as StationGrant, KEY)).toThrow();
  });
});

describe('verifying a station token', () => {
  it('refuses a token whose roles were edited, though its signature is intact', () => {
    const { signature } = parts(signStationToken(grant, KEY));
    const editedText = JSON.stringify({ ...grant, roles: ['excon'], kind: 'control' });
    // The edited grant is a good grant: signed, it would be let in. Only the signature stops it.
    expect(verifyStationToken(handSigned(editedText, KEY), KEY, NOW)).toMatchObject({ ok: true });
    expect(verifyStationToken(`${bodyOf(editedText)}.${signature}`, KEY, NOW)).toEqual(NOT_SIGNED);
  });

  it('refuses a token moved to another exercise or given a longer life by editing, its signature intact', () => {
    const { signature } = parts(signStationToken(grant, KEY));
    for (const edited of [
      { ...grant, exerciseId: 'ex-2' },
      { ...grant, expiresWallMs: NOW + 1_000 * HOUR },
    ])
      expect(verifyStationToken(`${bodyOf(JSON.stringify(edited))}.${signature}`, KEY, NOW)).toEqual(
        NOT_SIGNED,
      );
    // Checked before the grant is read: an expired token with a life edited into it is refused as unsigned.
    const expiredEdited = bodyOf(JSON.stringify({ ...grant, expiresWallMs: NOW + 2 * HOUR }));
    expect(verifyStationToken(`${expiredEdited}.${signature}`, KEY, NOW + HOUR)).toEqual(NOT_SIGNED);
  });

  it('refuses a token signed with another exercise’s key, which that exercise accepts', () => {
    const theirs = signStationToken(grant, OTHER_EXERCISE_KEY);
    expect(verifyStationToken(theirs, OTHER_EXERCISE_KEY, NOW)).toEqual({ ok: true, grant });
    expect(verifyStationToken(theirs, KEY, NOW)).toEqual(NOT_SIGNED);
  });

  it('refuses forged signatures: made up, cut short, empty, or taken from another token', () => {
    const token = signStationToken(grant, KEY);
    const { body, signature } = parts(token);
    expect(verifyStationToken(token, KEY, NOW)).toEqual({ ok: true, grant });
    const other = parts(signStationToken({ ...grant, tokenId: 'tok-2' }, KEY));
    expect(other.signature).not.toBe(signature);
    for (const forged of [
      Buffer.alloc(32, 1).toString('base64url'),
      signature.slice(0, 42),
      signature.slice(0, 22),
      '',
      other.signature,
      hmac(body, Buffer.alloc(31, 7)),
    ])
      expect(verifyStationToken(`${body}.${forged}`, KEY, NOW), forged).toEqual(NOT_SIGNED);
  });

  it('refuses an expired token from the moment its grant says, by the clock it is given', () => {
    const token = signStationToken(grant, KEY);
    const expired = {
      ok: false,
      reason: 'the station token has expired: join again with a code from exercise control',
    };
    expect(verifyStationToken(token, KEY, grant.expiresWallMs - 1)).toEqual({ ok: true, grant });
    expect(verifyStationToken(token, KEY, grant.expiresWallMs)).toEqual(expired);
    expect(verifyStationToken(token, KEY, grant.expiresWallMs + 14 * 24 * HOUR)).toEqual(expired);
  });

  it('refuses a token longer than the cap, though it is well signed and names a good grant', () => {
    const text = JSON.stringify(grant);
    // 1,467 bytes are 1,956 base64url characters; with the dot and 43 of signature, 2,000 in all.
    const atCap = handSigned(text.padEnd(1_467, ' '), KEY);
    expect(atCap).toHaveLength(2_000);
    expect(MAX_STATION_TOKEN_CHARS).toBe(2_000);
    expect(verifyStationToken(atCap, KEY, NOW)).toEqual({ ok: true, grant });
    const overCap = handSigned(text.padEnd(1_468, ' '), KEY);
    expect(overCap.length).toBeGreaterThan(2_000);
    expect(verifyStationToken(overCap, KEY, NOW)).toEqual(NOT_A_TOKEN);
    expect(verifyStationToken('x'.repeat(1_000_000), KEY, NOW)).toEqual(NOT_A_TOKEN);
  });

  it('refuses what has not the shape of a token', () => {
    const { body, signature } = parts(signStationToken(grant, KEY));
    for (const text of ['', 'abc', body, `${body}.${signature}.`, `${body}.${signature}.${signature}`])
      expect(verifyStationToken(text, KEY, NOW), text.slice(0, 20)).toEqual(NOT_A_TOKEN);
  });

  it('refuses a well-signed body that is not a grant of this format', () => {
    const malformed = [
      'not json',
      '[]',
      'null',
      JSON.stringify({ ...grant, v: 2 }),
      JSON.stringify({ ...grant, admin: true }),
      JSON.stringify({ ...grant, roles: [] }),
      JSON.stringify({ ...grant, kind: 'administrator' }),
      JSON.stringify({ ...grant, expiresWallMs: 'never' }),
      JSON.stringify({ ...grant, tokenId: undefined }),
    ];
    for (const text of malformed)
      expect(verifyStationToken(handSigned(text, KEY), KEY, NOW), text).toEqual(NOT_A_TOKEN);
  });
});
