import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { STATION_GRANT_KINDS } from '../../core/index';

/** The longest token the host reads: a grant of 8 roles is well under it. */
export const MAX_STATION_TOKEN_CHARS = 2_000;

const Id = z.string().min(1).max(200);

/** What a station token grants (ADR 0007): signed, so none of it can be edited. */
export const StationGrant = z.strictObject({
  v: z.literal(1),
  exerciseId: Id,
  tokenId: Id,
  stationId: Id,
  roles: z.array(Id).min(1).max(8),
  kind: z.enum(STATION_GRANT_KINDS),
  issuedWallMs: z.number().int().nonnegative(),
  expiresWallMs: z.number().int().nonnegative(),
});
export type StationGrant = z.infer<typeof StationGrant>;

const signatureOf = (body: string, key: Buffer) => createHmac('sha256', key).update(body).digest();

/** `<base64url JSON of the grant>.<base64url HMAC-SHA256 of that text under the exercise's key>`. */
export function signStationToken(grant: StationGrant, key: Buffer): string {
  const body = Buffer.from(JSON.stringify(StationGrant.parse(grant))).toString('base64url');
  return `${body}.${signatureOf(body, key).toString('base64url')}`;
}

export type TokenCheck = { ok: true; grant: StationGrant } | { ok: false; reason: string };

/**
 * The grant of a token this key signed and that has not expired; why not, otherwise. The signature is checked
 * before anything of the grant is read: an edited role list, an exercise swapped or a token signed with
 * another exercise's key all fail here, in constant time.
 */
export function verifyStationToken(token: string, key: Buffer, nowMs: number): TokenCheck {
  const notToken: TokenCheck = {
    ok: false,
    reason: 'this is not a station token of this host: join again with a code',
  };
  if (token.length > MAX_STATION_TOKEN_CHARS) return notToken;
  const parts = token.split('.');
  if (parts.length !== 2) return notToken;
  const [body, signature] = parts as [string, string];
  const given = Buffer.from(signature, 'base64url');
  const expected = signatureOf(body, key);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'the station token is not signed by this exercise: join again with a code' };
  let grant: StationGrant;
  try {
    grant = StationGrant.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
  } catch {
    return notToken;
  }
  if (nowMs >= grant.expiresWallMs)
    return {
      ok: false,
      reason: 'the station token has expired: join again with a code from exercise control',
    };
  return { ok: true, grant };
}
