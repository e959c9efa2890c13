import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintOf, sha256Hex } from '../core/index';
import {
  checkPackageSignature,
  hostSigningKey,
  importKnownKey,
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
