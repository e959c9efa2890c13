// The console's requests for the journal's seal and the host's keys, against the test host's answers.
import { describe, expect, it } from 'vitest';
import { encodeEvents } from '../../core/index';
import { miniExercise } from '../../test/fixtures/test-console';
import { TEST_TOKEN, TestHost } from '../../test/fixtures/test-host';
import { fetchSeal, fetchSigningKeys, importSigningKey } from './host-keys';
import { fetchBackup } from './host-requests';

/** A partner's Ed25519 key file, as its host saves it (made once with Node's crypto). */
const PARTNER_PEM =
  '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEApBgQFOxvMzCeyEb0uKeCegBZ0rK1jncgjP+5VBJ68LI=\n-----END PUBLIC KEY-----\n';

describe('the seal and the keys', () => {
  it('gives the journal head the host’s package of the exercise carries, and a part-way one', async () => {
    const host = new TestHost();
    const { exerciseId } = await host.create(miniExercise());
    const backup = await fetchBackup(exerciseId, TEST_TOKEN, host.fetch);
    // The oracle: the package's own seal line, made by the host's packager.
    const packaged = JSON.parse(backup.text.trimEnd().split('\n').at(-1) as string) as { head: string };
    const lines = encodeEvents(host.recorded(exerciseId)).trimEnd().split('\n');
    const seal = await fetchSeal(exerciseId, TEST_TOKEN, { fetcher: host.fetch });
    expect(seal).toEqual({
      exerciseId,
      head: packaged.head,
      lines: lines.length,
      fingerprint: host.api.signingKey.fingerprint,
    });
    const first = await fetchSeal(exerciseId, TEST_TOKEN, { through: 1, fetcher: host.fetch });
    expect(first.lines).toBe(1);
    expect(first.head).not.toBe(seal.head);
    await expect(fetchSeal('ghost', TEST_TOKEN, { fetcher: host.fetch })).rejects.toThrow(
      'the exercise host could not give the journal head of ghost: no such exercise',
    );
    await expect(fetchSeal(exerciseId, 'wrong', { fetcher: host.fetch })).rejects.toThrow('403');
    host.close();
  });

  it('lists the host’s key, imports a partner’s key file, and says why a file is not one', async () => {
    const host = new TestHost();
    const imported = await importSigningKey(PARTNER_PEM, 'NATO HQ laptop', TEST_TOKEN, host.fetch);
    expect(imported).toMatchObject({
      label: 'NATO HQ laptop',
      publicKey: 'MCowBQYDK2VwAyEApBgQFOxvMzCeyEb0uKeCegBZ0rK1jncgjP+5VBJ68LI=',
    });
    expect(await fetchSigningKeys(TEST_TOKEN, host.fetch)).toEqual({
      own: { fingerprint: host.api.signingKey.fingerprint, publicKey: host.api.signingKey.publicKey },
      known: [imported],
    });
    await expect(importSigningKey('hello', 'x', TEST_TOKEN, host.fetch)).rejects.toThrow(
      'not a public key: a partner’s key file is the PEM text its host saved',
    );
    host.close();
  });
});
