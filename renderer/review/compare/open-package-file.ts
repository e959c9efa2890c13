import { openPackage, PACKAGE_NOT_UTF8, packageTextOf, type SignatureCheck } from '../../../core/index';

/*
 * A file chosen to compare with may be an exercise package (issue 25): it is proved before a line of it is
 * compared — chain, seal and Ed25519 signature — by core's openPackage, as the host proves it. The signature
 * is checked with @noble/curves, not the browser's WebCrypto: an evaluator station served on the room network
 * is plain http, where the browser has no crypto.subtle (test/secure-context.test.ts). The browser keeps no
 * list of known keys: it names the signer.
 */

export type PackageFileOpening =
  /** Not a package: the file as it is, for the journal reader. */
  | { kind: 'journal'; bytes: Uint8Array }
  /** A package whose chain, seal and signature hold: its journal's lines, and who signed it. */
  | { kind: 'package'; bytes: Uint8Array; fingerprint: string }
  /** Altered: what is wrong, and the package's first line at fault when one can be named. */
  | { kind: 'refused'; reason: string; line: number | null };

/** An Ed25519 public key as SPKI DER: this prefix, then the key's 32 bytes. */
const SPKI_ED25519_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Ed25519 verification as openPackage asks for it; a malformed key or signature is one that does not hold. */
async function ed25519Check(): Promise<SignatureCheck> {
  // Loaded when a package is first compared: no screen needs the curve before.
  const { ed25519 } = await import('@noble/curves/ed25519.js');
  return (publicKey, message, signature) => {
    try {
      const der = base64Bytes(publicKey);
      const isEd25519 = der.length === 44 && SPKI_ED25519_PREFIX.every((byte, index) => der[index] === byte);
      if (!isEd25519) return false;
      const text = new TextEncoder().encode(message);
      return ed25519.verify(base64Bytes(signature), text, der.subarray(SPKI_ED25519_PREFIX.length));
    } catch {
      return false;
    }
  };
}

/** The file's bytes opened: a package proved (or refused, naming its line), anything else passed through. */
export async function openPackageFile(bytes: Uint8Array): Promise<PackageFileOpening> {
  const unpacked = packageTextOf(bytes);
  if (unpacked.kind === 'not-package') return { kind: 'journal', bytes };
  if (unpacked.kind === 'not-utf8') return { kind: 'refused', reason: PACKAGE_NOT_UTF8, line: null };
  const opened = openPackage(unpacked.text, { verify: await ed25519Check(), known: new Set() });
  if (!opened.ok) return { kind: 'refused', reason: opened.reason, line: opened.line };
  return {
    kind: 'package',
    bytes: new TextEncoder().encode(`${opened.journalLines.join('\n')}\n`),
    fingerprint: opened.signer.fingerprint,
  };
}
