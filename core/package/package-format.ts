import { sha256Hex } from '../engine/index';

/*
 * An exercise package (issue 25): one text file that carries an exercise and proves it was not altered. Its
 * first line is the manifest; then the journal's lines exactly as written; its last line is the seal. A
 * SHA-256 chain runs from the manifest through every journal line (link k = SHA-256 of link k−1, a line
 * break and line k), so any change to a line, its place or the number of lines changes every link after it.
 * The seal holds the chain's head, signed by the exporting host's Ed25519 key (whose public half is in the
 * manifest, so the chain covers it too), a checkpoint of the full link every CHECKPOINT_EVERY lines, and the
 * first DIGEST_CHARS hex characters of every link: enough to name the first line that no longer matches.
 */

/** The package layout's version: bump it, with a reader for the old one, whenever the layout changes. */
export const PACKAGE_VERSION = 1;
/** A full link of the chain is kept in the seal every this many journal lines. */
export const CHECKPOINT_EVERY = 1000;
/** Each line's link shortened to this many hex characters: it names a line, the head proves the whole. */
export const DIGEST_CHARS = 16;

/** What the package says about itself, on its first line. */
export interface PackageManifest {
  pbsimPackage: typeof PACKAGE_VERSION;
  exerciseId: string;
  name: string;
  scenarioId: string;
  /** When the package was made (ISO 8601, UTC) and by which app version. */
  packagedAt: string;
  appVersion: string;
  /** The number of journal lines between the manifest and the seal. */
  journalLines: number;
  /** The signing key: its public half (SPKI DER, base64) and its fingerprint (fingerprintOf). */
  signer: { publicKey: string; fingerprint: string };
}

/** The package's last line. */
export interface PackageSeal {
  pbsimSeal: typeof PACKAGE_VERSION;
  /** The manifest's link, then every journal line's, each DIGEST_CHARS hex characters, one after the other. */
  digests: string;
  /** The full link after journal line `line` (1-based), every CHECKPOINT_EVERY lines. */
  checkpoints: { line: number; link: string }[];
  /** The last link: what the signature signs. */
  head: string;
  /** Ed25519 signature of `head` (as UTF-8 text), base64. */
  signature: string;
}

/** SHA-256 of text as hex: core's own by default; Node's crypto where the host has it (much faster). */
export type Sha256Hex = (text: string) => string;

/** The chain's first link: the manifest line itself. */
export const chainStart = (manifestLine: string, hash: Sha256Hex = sha256Hex): string => hash(manifestLine);

/** The link after `line`. */
export const chainNext = (previous: string, line: string, hash: Sha256Hex = sha256Hex): string =>
  hash(`${previous}\n${line}`);

/** A signing key's fingerprint: SHA-256 of its public half as the manifest writes it (base64 SPKI DER). */
export const fingerprintOf = (publicKey: string, hash: Sha256Hex = sha256Hex): string =>
  hash(`ed25519:${publicKey}`);

/** A fingerprint as people compare it aloud: the first 20 hex characters in groups of four. */
export const shortFingerprint = (fingerprint: string): string =>
  (fingerprint.slice(0, 20).match(/.{1,4}/g) ?? []).join(' ');

/** The host's signing key as the packager uses it: its public half and a way to sign (Node's crypto). */
export interface PackageSigner {
  publicKey: string;
  sign(message: string): string;
}

export interface PackageOptions {
  exerciseId: string;
  name: string;
  scenarioId: string;
  packagedAt: string;
  appVersion: string;
  signer: PackageSigner;
  hash?: Sha256Hex;
}

/**
 * The package of a journal: `journalLines` are its lines exactly as written (no line breaks in them), in
 * order. Returns the package's text, ending with a line break.
 */
export function makePackage(journalLines: readonly string[], options: PackageOptions): string {
  const hash = options.hash ?? sha256Hex;
  const manifest: PackageManifest = {
    pbsimPackage: PACKAGE_VERSION,
    exerciseId: options.exerciseId,
    name: options.name,
    scenarioId: options.scenarioId,
    packagedAt: options.packagedAt,
    appVersion: options.appVersion,
    journalLines: journalLines.length,
    signer: {
      publicKey: options.signer.publicKey,
      fingerprint: fingerprintOf(options.signer.publicKey, hash),
    },
  };
  const manifestLine = JSON.stringify(manifest);
  let link = chainStart(manifestLine, hash);
  const digests: string[] = [link.slice(0, DIGEST_CHARS)];
  const checkpoints: PackageSeal['checkpoints'] = [];
  journalLines.forEach((line, index) => {
    link = chainNext(link, line, hash);
    digests.push(link.slice(0, DIGEST_CHARS));
    if ((index + 1) % CHECKPOINT_EVERY === 0) checkpoints.push({ line: index + 1, link });
  });
  const seal: PackageSeal = {
    pbsimSeal: PACKAGE_VERSION,
    digests: digests.join(''),
    checkpoints,
    head: link,
    signature: options.signer.sign(link),
  };
  return `${[manifestLine, ...journalLines, JSON.stringify(seal)].join('\n')}\n`;
}
