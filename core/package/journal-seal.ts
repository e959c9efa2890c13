import { sha256Hex } from '../engine/index';
import { journalHead, type Sha256Hex } from './package-format';

/*
 * What proves an exercise's record as far as it goes (issue 25): the head of its journal's chain after a number
 * of lines, and the key that signs the host's packages of it. The console shows the seal at ENDEX and the
 * report prints it on every page; anyone holding a package of the exercise can recompute the same head from
 * the package's first `lines` journal lines, so a printed report and a package later sent to an inquiry can be
 * matched without trusting either.
 */

export interface JournalSeal {
  exerciseId: string;
  /** The chain's link after journal line `lines` (journalHead of the first `lines` lines). */
  head: string;
  /** How many journal lines (events) the head covers. */
  lines: number;
  /** The fingerprint of the key that signs this host's packages; null for a plain journal nobody signed. */
  fingerprint: string | null;
}

/** The seal of a journal's first `through` lines (all of them when absent or beyond its end). */
export function sealOfLines(
  exerciseId: string,
  lines: readonly string[],
  options: { through?: number; fingerprint: string | null; hash?: Sha256Hex },
): JournalSeal {
  const count = Math.min(options.through ?? lines.length, lines.length);
  return {
    exerciseId,
    head: journalHead(exerciseId, lines.slice(0, count), options.hash ?? sha256Hex),
    lines: count,
    fingerprint: options.fingerprint,
  };
}

/** A head as people read it aloud or compare it on paper: 64 hex characters in groups of eight. */
export const groupedHead = (head: string): string => (head.match(/.{1,8}/g) ?? []).join(' ');

/** A public key (base64 SPKI DER, as packages carry it) as a PEM key file: what partners import, openssl reads. */
export const publicKeyPemText = (publicKey: string): string =>
  `-----BEGIN PUBLIC KEY-----\n${(publicKey.match(/.{1,64}/g) ?? []).join('\n')}\n-----END PUBLIC KEY-----\n`;

/** A key this host knows: its public half, its fingerprint, what the controller called it and when. */
export interface KnownKey {
  fingerprint: string;
  publicKey: string;
  label: string;
  addedAt: string;
}

/** The keys a host checks packages against: its own signing key, and those the controller imported. */
export interface SigningKeys {
  own: { fingerprint: string; publicKey: string };
  known: KnownKey[];
}
