import { sha256Hex } from '../engine/index';
import {
  chainNext,
  DIGEST_CHARS,
  journalChainStart,
  fingerprintOf,
  PACKAGE_VERSION,
  type PackageManifest,
  type PackageSeal,
  signedMessage,
  type Sha256Hex,
} from './package-format';

/** Does `signature` (base64) sign `message` with `publicKey` (base64 SPKI DER)? Node's crypto answers. */
export type SignatureCheck = (publicKey: string, message: string, signature: string) => boolean;

export type PackageOpening =
  | {
      ok: true;
      manifest: PackageManifest;
      /** The journal's lines exactly as packaged. */
      journalLines: string[];
      /** Who signed it, and whether this host knows the key (its own, or one the controller imported). */
      signer: { fingerprint: string; known: boolean };
    }
  | {
      ok: false;
      /** What is wrong, in words, about `line` when there is one (the caller names the line first). */
      reason: string;
      /** The package's first line at fault (1-based, the manifest being line 1); null when none can be named. */
      line: number | null;
    };

/** A package's first line starts so; a plain journal's never does (its lines are events). */
export const isPackageText = (text: string): boolean => text.startsWith(PACKAGE_START);

const PACKAGE_START = '{"pbsimPackage":';
const PACKAGE_START_BYTES = new TextEncoder().encode(PACKAGE_START);

/** Why a file that starts as a package is refused before it is read: it cannot be the text that was packaged. */
export const PACKAGE_NOT_UTF8 = 'a package whose bytes are not UTF-8 text: it was altered';

/**
 * A file's bytes as the package they start as: its text; `not-utf8` when bytes of it are not UTF-8 (a package
 * is text, so it was altered); `not-package` for anything else (a plain journal), which is left to its reader.
 */
export function packageTextOf(
  bytes: Uint8Array,
): { kind: 'package'; text: string } | { kind: 'not-utf8' } | { kind: 'not-package' } {
  if (!PACKAGE_START_BYTES.every((byte, index) => bytes[index] === byte)) return { kind: 'not-package' };
  try {
    return { kind: 'package', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'not-utf8' };
  }
}

const refuse = (reason: string, line: number | null): PackageOpening => ({ ok: false, reason, line });

function parseObject(line: string | undefined): Record<string, unknown> | null {
  if (line === undefined) return null;
  try {
    const value: unknown = JSON.parse(line);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function manifestOf(line: string | undefined): PackageManifest | string {
  const value = parseObject(line);
  if (!value || typeof value.pbsimPackage !== 'number') return 'not a package manifest';
  if (value.pbsimPackage > PACKAGE_VERSION)
    return `a package made by a newer version of the app (package version ${value.pbsimPackage}; this one reads ${PACKAGE_VERSION})`;
  const signer = value.signer as Record<string, unknown> | undefined;
  const texts = ['exerciseId', 'name', 'scenarioId', 'packagedAt', 'appVersion'];
  if (
    (value.pbsimPackage !== 1 && value.pbsimPackage !== PACKAGE_VERSION) ||
    texts.some((field) => typeof value[field] !== 'string') ||
    !Number.isInteger(value.journalLines) ||
    (value.journalLines as number) < 0 ||
    typeof signer?.publicKey !== 'string' ||
    typeof signer.fingerprint !== 'string'
  )
    return 'the package manifest is incomplete';
  return value as unknown as PackageManifest;
}

function sealOf(line: string | undefined, version: number): PackageSeal | null {
  const value = parseObject(line);
  if (!value || value.pbsimSeal !== version) return null;
  const checkpoints = value.checkpoints;
  const wellFormed =
    typeof value.digests === 'string' &&
    typeof value.head === 'string' &&
    typeof value.signature === 'string' &&
    Array.isArray(checkpoints) &&
    checkpoints.every((point: unknown) => {
      const entry = point as Record<string, unknown> | null;
      return Number.isInteger(entry?.line) && typeof entry?.link === 'string';
    });
  return wellFormed ? (value as unknown as PackageSeal) : null;
}

/**
 * Opens a package and proves it: the manifest, every journal line in its place against the chain, the seal's
 * checkpoints and head, then the signature. A package altered anywhere — a line edited, moved, removed or
 * added, the seal touched — is refused, naming the first line at fault; one whose chain and signature hold
 * opens, saying whether its signer is a key this host knows (one re-chained and re-signed by another key
 * holds, and says so). Never throws on a bad file.
 */
export function openPackage(
  text: string,
  options: { verify: SignatureCheck; known: ReadonlySet<string>; hash?: Sha256Hex },
): PackageOpening {
  const hash = options.hash ?? sha256Hex;
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const manifest = manifestOf(lines[0]);
  if (typeof manifest === 'string') return refuse(manifest, 1);
  const { signer } = manifest;
  if (fingerprintOf(signer.publicKey, hash) !== signer.fingerprint)
    return refuse('the signing key in the manifest does not match its fingerprint', 1);
  const seal = sealOf(lines.at(-1), manifest.pbsimPackage);
  const journal = lines.slice(1, seal ? -1 : undefined);
  const expected = manifest.journalLines;
  if (seal && seal.digests.length !== (expected + 1) * DIGEST_CHARS)
    return refuse("the package's seal does not match its manifest", lines.length);
  /** The seal's digest of link `k` (0: the manifest's). */
  const signedDigest = (k: number) => seal?.digests.slice(k * DIGEST_CHARS, (k + 1) * DIGEST_CHARS);

  // Version 1 started the chain from the manifest line and signed the head alone; version 2 starts it from
  // the exercise and signs the manifest's hash with the head.
  const manifestLine = lines[0] as string;
  const manifestHash = hash(manifestLine);
  const firstLayout = manifest.pbsimPackage === 1;
  let link = firstLayout ? manifestHash : journalChainStart(manifest.exerciseId, hash);
  if (seal && manifestHash.slice(0, DIGEST_CHARS) !== signedDigest(0))
    return refuse('not the manifest that was packaged', 1);
  const links: string[] = [];
  for (const [index, line] of journal.slice(0, expected).entries()) {
    link = chainNext(link, line, hash);
    links.push(link);
    const signed = signedDigest(index + 1);
    if (signed !== undefined && link.slice(0, DIGEST_CHARS) !== signed)
      return refuse('not the line that was packaged there (edited, moved or removed)', index + 2);
  }
  if (!seal && journal.length > 0 && journal.length <= expected && parseObject(journal.at(-1)) === null) {
    // No seal, and a last line that is not whole: the file was cut in the middle of that line.
    const torn = journal.length + 1;
    return refuse('the package was cut short in the middle of this line, and its seal is missing', torn);
  }
  if (journal.length < expected) {
    const first = journal.length + 2;
    return refuse(
      `missing: the package holds ${journal.length} of its ${expected} journal lines (cut short, or lines removed)`,
      first,
    );
  }
  if (!seal)
    return refuse(
      `should be the package's seal, and ${journal.length > expected ? 'is another line' : 'is missing'}: it was cut short or added to`,
      expected + 2,
    );
  if (journal.length > expected) return refuse('added after the package was sealed', expected + 2);
  const sealLine = lines.length;
  const checkpointsHold = seal.checkpoints.every((point) => links[point.line - 1] === point.link);
  if (!checkpointsHold || seal.head !== link)
    return refuse("the package's seal does not match its lines", sealLine);
  const signed = firstLayout ? seal.head : signedMessage(manifestHash, seal.head);
  if (!options.verify(signer.publicKey, signed, seal.signature))
    return refuse(
      "the package's signature does not hold for its seal: it was altered after it was signed",
      sealLine,
    );
  return {
    ok: true,
    manifest,
    journalLines: journal,
    signer: { fingerprint: signer.fingerprint, known: options.known.has(signer.fingerprint) },
  };
}
