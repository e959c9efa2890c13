import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fingerprintOf, type PackageSigner, type SignatureCheck, type Sha256Hex } from '../core/index';

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
    pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await writeWhole(file, pem, 0o600);
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

/** A key the host knows: its public half, its fingerprint, what the controller called it and when. */
export interface KnownKey {
  fingerprint: string;
  publicKey: string;
  label: string;
  addedAt: string;
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

/**
 * Adds a partner's public key (base64 SPKI DER, as its packages and its key file carry it) to the keys this
 * host knows. Refuses text that is not an Ed25519 public key. Returns the key as listed.
 */
export async function importKnownKey(
  dataFolder: string,
  publicKey: string,
  label: string,
  now: Date = new Date(),
): Promise<KnownKey> {
  let key;
  try {
    key = createPublicKey({ key: Buffer.from(publicKey.trim(), 'base64'), format: 'der', type: 'spki' });
  } catch {
    throw new Error('not a public key: a partner’s key is the base64 text of its key file');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`not an Ed25519 key (${key.asymmetricKeyType})`);
  const text = publicKeyText(key);
  const entry: KnownKey = {
    fingerprint: fingerprintOf(text, nodeSha256Hex),
    publicKey: text,
    label,
    addedAt: now.toISOString(),
  };
  const keys = (await knownKeys(dataFolder)).filter((known) => known.fingerprint !== entry.fingerprint);
  await mkdir(path.join(dataFolder, KEYS_FOLDER), { recursive: true, mode: 0o700 });
  await writeWhole(
    path.join(dataFolder, KEYS_FOLDER, KNOWN_KEYS_FILE),
    `${JSON.stringify([...keys, entry], null, 2)}\n`,
    0o644,
  );
  return entry;
}
