import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  fingerprintOf,
  shortFingerprint,
  type KnownKey,
  type PackageSigner,
  type SignatureCheck,
  type Sha256Hex,
  type SigningKeys,
} from '../core/index';

export type { KnownKey };

/*
 * The host's signing key and the keys it knows (issue 25), kept in the data folder's `.keys/` folder: the
 * private key as PKCS #8 PEM readable by its owner only, made the first time a package is signed; the keys
 * known beside it, the host's own always among them, each imported by the controller from a partner laptop.
 */

// The data folder's own folders begin with ".": never taken for an exercise's.
const KEYS_FOLDER = '.keys';
const PRIVATE_KEY_FILE = 'host-signing-key.pem';
const KNOWN_KEYS_FILE = 'known-keys.json';

/** Node's SHA-256: what the host hashes packages with (core's own is for the browser, and slower). */
export const nodeSha256Hex: Sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The public half of a key as packages carry it: SPKI DER, base64. */
const publicKeyText = (key: ReturnType<typeof createPublicKey>) =>
  key.export({ type: 'spki', format: 'der' }).toString('base64');

/** Ed25519 verification of a package's head; a malformed key or signature is a signature that does not hold. */
export const checkPackageSignature: SignatureCheck = (publicKey, message, signature) => {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    return verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
};

export interface HostSigningKey extends PackageSigner {
  fingerprint: string;
}

/** Written under a private name and renamed, so a crash never leaves half a key file. */
async function writeWhole(file: string, text: string, mode: number): Promise<void> {
  const partial = `${file}.partial-${process.pid}`;
  await writeFile(partial, text, { mode });
  await rename(partial, file);
}

/** The host's signing key, made (Ed25519) and kept on first use. */
export async function hostSigningKey(dataFolder: string): Promise<HostSigningKey> {
  const folder = path.join(dataFolder, KEYS_FOLDER);
  const file = path.join(folder, PRIVATE_KEY_FILE);
  let pem = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (pem === null) {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    const made = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    // Linked into place, never renamed over: of two first uses at once, one key wins and both sign with it.
    const partial = `${file}.partial-${process.pid}-${Math.random().toString(36).slice(2)}`;
    await writeFile(partial, made, { mode: 0o600 });
    await link(partial, file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    await unlink(partial);
    pem = await readFile(file, 'utf8');
  }
  return signingKeyOf(createPrivateKey(pem));
}

/** A signing key that lives in memory only: for a host without a data folder (the tests' hosts). */
export const temporarySigningKey = (): HostSigningKey =>
  signingKeyOf(generateKeyPairSync('ed25519').privateKey);

function signingKeyOf(privateKey: KeyObject): HostSigningKey {
  const publicKey = publicKeyText(createPublicKey(privateKey));
  return {
    publicKey,
    fingerprint: fingerprintOf(publicKey, nodeSha256Hex),
    sign: (message) => sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64'),
  };
}

/** The keys imported into this host (its own is known without being listed). */
export async function knownKeys(dataFolder: string): Promise<KnownKey[]> {
  const text = await readFile(path.join(dataFolder, KEYS_FOLDER, KNOWN_KEYS_FILE), 'utf8').catch(() => '[]');
  try {
    const listed: unknown = JSON.parse(text);
    return Array.isArray(listed) ? (listed as KnownKey[]) : [];
  } catch {
    return [];
  }
}

/** The fingerprints a package's signer is checked against: the host's own key and every imported one. */
export async function knownFingerprints(dataFolder: string): Promise<Set<string>> {
  const own = await hostSigningKey(dataFolder);
  return new Set([own.fingerprint, ...(await knownKeys(dataFolder)).map((key) => key.fingerprint)]);
}

/** A key file's text as Node takes it: PEM as it is, anything else as base64 SPKI DER. */
function publicKeyFrom(text: string): KeyObject {
  const trimmed = text.trim();
  if (trimmed.startsWith('-----BEGIN')) return createPublicKey(trimmed);
  return createPublicKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
}

/**
 * A partner's key file read as a key to know: PEM as its host saves it, or the base64 SPKI DER its packages
 * carry. Throws, saying why, for text that is not an Ed25519 public key.
 */
export function knownKeyOf(keyText: string, label: string, now: Date = new Date()): KnownKey {
  let key;
  try {
    key = publicKeyFrom(keyText);
  } catch {
    throw new Error('not a public key: a partner’s key file is the PEM text its host saved');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`not an Ed25519 key (${key.asymmetricKeyType})`);
  const text = publicKeyText(key);
  const fingerprint = fingerprintOf(text, nodeSha256Hex);
  return {
    fingerprint,
    publicKey: text,
    // A label is for people to tell keys apart: one line, not a novel.
    label: label.replace(/\s+/g, ' ').trim().slice(0, 120) || shortFingerprint(fingerprint),
    addedAt: now.toISOString(),
  };
}

/**
 * Adds a partner's public key (knownKeyOf) to the keys this host knows. Returns the key as listed; a key
 * already known is listed once, under its new label.
 */
export async function importKnownKey(
  dataFolder: string,
  keyText: string,
  label: string,
  now: Date = new Date(),
): Promise<KnownKey> {
  const entry = knownKeyOf(keyText, label, now);
  const keys = (await knownKeys(dataFolder)).filter((known) => known.fingerprint !== entry.fingerprint);
  await mkdir(path.join(dataFolder, KEYS_FOLDER), { recursive: true, mode: 0o700 });
  await writeWhole(
    path.join(dataFolder, KEYS_FOLDER, KNOWN_KEYS_FILE),
    `${JSON.stringify([...keys, entry], null, 2)}\n`,
    0o644,
  );
  return entry;
}

/** The host's own key and the keys imported into it, as the console's key list shows them. */
export async function signingKeys(dataFolder: string): Promise<SigningKeys> {
  const own = await hostSigningKey(dataFolder);
  return {
    own: { fingerprint: own.fingerprint, publicKey: own.publicKey },
    known: await knownKeys(dataFolder),
  };
}
