import { sha256Hex } from '../engine/index';

/*
 * An exercise package (issue 25): one text file that carries an exercise and proves it was not altered. Its
 * first line is the manifest; then the journal's lines exactly as written; its last line is the seal. A
 * SHA-256 chain runs through every journal line (link k = SHA-256 of link k−1, a line break and line k), so
 * any change to a line, its place or the number of lines changes every link after it. It starts from the
 * exercise's id, not from the manifest, so the chain is the journal's own: the head shown at ENDEX is a link
 * of every later package of that exercise. The seal holds the chain's head and the manifest's hash, signed
 * together by the exporting host's Ed25519 key (whose public half is in the manifest), a checkpoint of the
 * full link every CHECKPOINT_EVERY lines, and the first DIGEST_CHARS hex characters of the manifest's hash and
 * of every link: enough to name the first line that no longer matches.
 */

/**
 * The package layout's version: bump it, with a reader for the old one, whenever the layout changes. 1: the
 * chain started from the manifest line, and the signature signed the head alone (read by openPackage). 2: the
 * chain starts from the exercise (journalChainStart) and the signature signs the manifest's hash and the head.
 */
export const PACKAGE_VERSION = 2;
/** A full link of the chain is kept in the seal every this many journal lines. */
export const CHECKPOINT_EVERY = 1000;
/** Each line's link shortened to this many hex characters: it names a line, the head proves the whole. */
export const DIGEST_CHARS = 16;

/** What the package says about itself, on its first line. */
export interface PackageManifest {
  /** PACKAGE_VERSION when written today; 1 in a package of the first layout. */
  pbsimPackage: number;
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
  /** The manifest's version. */
  pbsimSeal: number;
  /** The manifest's hash, then every journal line's link, each DIGEST_CHARS hex characters, one after another. */
  digests: string;
  /** The full link after journal line `line` (1-based), every CHECKPOINT_EVERY lines. */
  checkpoints: { line: number; link: string }[];
  /** The last link: what the signature signs. */
  head: string;
  /** Ed25519 signature, base64, of signedMessage (version 2) or of `head` alone (version 1), as UTF-8 text. */
  signature: string;
}

/** SHA-256 of text as hex: core's own by default; Node's crypto where the host has it (much faster). */
export type Sha256Hex = (text: string) => string;

/** The chain's first link: the exercise's own, so the journal has one chain whoever packages it. */
export const journalChainStart = (exerciseId: string, hash: Sha256Hex = sha256Hex): string =>
  hash(`pbsim-journal\n${exerciseId}`);

/** What a version 2 signature signs: the manifest's hash and the chain's head. */
export const signedMessage = (manifestHash: string, head: string): string => `${manifestHash}\n${head}`;

/** The head of a journal's chain: what ENDEX shows, and the head of any package of the journal so far. */
export function journalHead(
  exerciseId: string,
  lines: readonly string[],
  hash: Sha256Hex = sha256Hex,
): string {
  return lines.reduce((link, line) => chainNext(link, line, hash), journalChainStart(exerciseId, hash));
}

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
  const manifestHash = hash(manifestLine);
  let link = journalChainStart(options.exerciseId, hash);
  const digests: string[] = [manifestHash.slice(0, DIGEST_CHARS)];
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
    signature: options.signer.sign(signedMessage(manifestHash, link)),
  };
  return `${[manifestLine, ...journalLines, JSON.stringify(seal)].join('\n')}\n`;
}
