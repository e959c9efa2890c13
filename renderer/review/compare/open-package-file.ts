import { openPackage, PACKAGE_NOT_UTF8, packageTextOf } from '../../../core/index';

/*
 * A file chosen to compare with may be an exercise package (issue 25): it is proved before a line of it is
 * compared — its chain and seal by core's openPackage, its Ed25519 signature by the browser's WebCrypto, which
 * is asynchronous where openPackage asks synchronously: openPackage is told the signature holds, the one it was
 * asked about is kept, and checked here after. The browser keeps no list of known keys: it names the signer.
 */

export type PackageFileOpening =
  /** Not a package: the file as it is, for the journal reader. */
  | { kind: 'journal'; bytes: Uint8Array }
  /** A package whose chain and seal hold: its journal's lines, and who signed it. */
  | { kind: 'package'; bytes: Uint8Array; fingerprint: string; signature: 'holds' | 'unchecked' }
  /** Altered: what is wrong, and the package's first line at fault when one can be named. */
  | { kind: 'refused'; reason: string; line: number | null };

function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Does `signature` sign `message` with `publicKey` (base64 SPKI DER)? Null when this browser's WebCrypto has
 * no Ed25519: the signature is then left unchecked, and said to be.
 */
async function ed25519Holds(
  subtle: SubtleCrypto,
  asked: { publicKey: string; message: string; signature: string },
): Promise<boolean | null> {
  let key: CryptoKey;
  try {
    key = await subtle.importKey('spki', base64Bytes(asked.publicKey), { name: 'Ed25519' }, false, [
      'verify',
    ]);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotSupportedError') return null;
    return false; // a key that is not one: the manifest was altered
  }
  try {
    const message = new TextEncoder().encode(asked.message);
    return await subtle.verify({ name: 'Ed25519' }, key, base64Bytes(asked.signature), message);
  } catch {
    return false;
  }
}

/** The file's bytes opened: a package proved (or refused, naming its line), anything else passed through. */
export async function openPackageFile(
  bytes: Uint8Array,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<PackageFileOpening> {
  const unpacked = packageTextOf(bytes);
  if (unpacked.kind === 'not-package') return { kind: 'journal', bytes };
  if (unpacked.kind === 'not-utf8') return { kind: 'refused', reason: PACKAGE_NOT_UTF8, line: null };
  const { text } = unpacked;
  let asked: { publicKey: string; message: string; signature: string } | null = null;
  const opened = openPackage(text, {
    verify: (publicKey, message, signature) => {
      asked = { publicKey, message, signature };
      return true;
    },
    known: new Set(),
  });
  if (!opened.ok) return { kind: 'refused', reason: opened.reason, line: opened.line };
  const holds = asked === null ? false : await ed25519Holds(subtle, asked);
  if (holds === false)
    // Said as openPackage says it where the host checks the signature itself; the seal's line holds it.
    return {
      kind: 'refused',
      reason: "the package's signature does not hold for its seal: it was altered after it was signed",
      line: opened.journalLines.length + 2,
    };
  return {
    kind: 'package',
    bytes: new TextEncoder().encode(`${opened.journalLines.join('\n')}\n`),
    fingerprint: opened.signer.fingerprint,
    signature: holds ? 'holds' : 'unchecked',
  };
}
