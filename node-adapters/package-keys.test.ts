import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintOf, publicKeyPemText, sha256Hex } from '../core/index';
import {
  checkPackageSignature,
  hostSigningKey,
  importKnownKey,
  signingKeys,
  knownFingerprints,
  knownKeys,
  nodeSha256Hex,
} from './package-keys';

const dataFolder = () => mkdtempSync(path.join(tmpdir(), 'pbsim-keys-'));
const partnerKey = () =>
  generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

describe('hostSigningKey', () => {
  it('is made once, kept readable by its owner only, and signs what checkPackageSignature accepts', async () => {
    const folder = dataFolder();
    const key = await hostSigningKey(folder);
    expect((await hostSigningKey(folder)).fingerprint).toBe(key.fingerprint);
    const file = path.join(folder, '.keys', 'host-signing-key.pem');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(key.fingerprint).toBe(fingerprintOf(key.publicKey));
    const signature = key.sign('head');
    expect(checkPackageSignature(key.publicKey, 'head', signature)).toBe(true);
    expect(checkPackageSignature(key.publicKey, 'another head', signature)).toBe(false);
    // Another host's key does not hold for this one's signature; nor does text that is no key at all.
    expect(checkPackageSignature((await hostSigningKey(dataFolder())).publicKey, 'head', signature)).toBe(
      false,
    );
    expect(checkPackageSignature('not a key', 'head', signature)).toBe(false);
  });

  it('is one key when first asked for twice at once', async () => {
    const folder = dataFolder();
    const [a, b, c] = await Promise.all([
      hostSigningKey(folder),
      hostSigningKey(folder),
      hostSigningKey(folder),
    ]);
    expect(new Set([a.fingerprint, b.fingerprint, c.fingerprint]).size).toBe(1);
    expect((await hostSigningKey(folder)).fingerprint).toBe(a.fingerprint);
  });

  it('hashes as core does, only faster', () => {
    expect(nodeSha256Hex('Ünïcode line\n')).toBe(sha256Hex('Ünïcode line\n'));
  });
});

describe('known keys', () => {
  it('knows the host’s own key and each partner key imported, once each', async () => {
    const folder = dataFolder();
    const own = await hostSigningKey(folder);
    expect(await knownFingerprints(folder)).toEqual(new Set([own.fingerprint]));
    const partner = partnerKey();
    const imported = await importKnownKey(
      folder,
      partner,
      'NATO HQ laptop',
      new Date('2026-12-04T10:00:00Z'),
    );
    expect(imported).toEqual({
      fingerprint: fingerprintOf(partner),
      publicKey: partner,
      label: 'NATO HQ laptop',
      addedAt: '2026-12-04T10:00:00.000Z',
    });
    await importKnownKey(folder, `${partner}\n`, 'NATO HQ laptop (again)');
    expect((await knownKeys(folder)).map((key) => key.label)).toEqual(['NATO HQ laptop (again)']);
    expect(await knownFingerprints(folder)).toEqual(new Set([own.fingerprint, fingerprintOf(partner)]));
  });

  it('takes a partner’s key file as PEM, as its host saves it, and a label on one line', async () => {
    const folder = dataFolder();
    const { publicKey } = generateKeyPairSync('ed25519');
    // The oracle: Node's own PEM and DER of the key, made here without the module under test.
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const der = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    // Core writes the key file the partner imports: the same PEM as Node's.
    expect(publicKeyPemText(der)).toBe(pem);
    const imported = await importKnownKey(folder, `\n${pem}\n`, '  NATO HQ\n laptop  ');
    expect(imported.publicKey).toBe(der);
    expect(imported.label).toBe('NATO HQ laptop');
    const unnamed = await importKnownKey(folder, publicKeyPemText(partnerKey()), ' ');
    expect(unnamed.label).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
    const keys = await signingKeys(folder);
    expect(keys.own.fingerprint).toBe((await hostSigningKey(folder)).fingerprint);
    expect(keys.known.map((key) => key.fingerprint)).toEqual([fingerprintOf(der), unnamed.fingerprint]);
  });

  it('refuses text that is not an Ed25519 public key', async () => {
    const folder = dataFolder();
    await expect(importKnownKey(folder, 'hello', 'x')).rejects.toThrow('not a public key');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .publicKey.export({ type: 'spki', format: 'der' })
      .toString('base64');
    await expect(importKnownKey(folder, rsa, 'x')).rejects.toThrow('not an Ed25519 key (rsa)');
    expect(await knownKeys(folder)).toEqual([]);
  });
});
