import type { JournalSeal, KnownKey, SigningKeys } from '../../core/index';
import { hostUrl } from '../transport/index';
import { reasonOf } from './host-requests';

/*
 * What proves an exercise's record (issue 25), as the console asks the exercise host for it: the head of an
 * exercise's journal chain (shown at ENDEX, printed on the report), the host's signing key and the partner
 * keys it knows, and a partner's key file imported. Every one needs the console's token.
 */

export type { JournalSeal, KnownKey, SigningKeys };

type Fetch = typeof fetch;

async function hostJson<T>(path: string, token: string, fetcher: Fetch, init: RequestInit = {}): Promise<T> {
  const response = await fetcher(hostUrl(path), {
    ...init,
    headers: { 'X-Console-Token': token, ...init.headers },
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(await reasonOf(response));
  return (await response.json()) as T;
}

/** The head of the exercise's journal after its first `through` lines (all of them without), and the host's key. */
export async function fetchSeal(
  exerciseId: string,
  token: string,
  options: { through?: number; fetcher?: Fetch } = {},
): Promise<JournalSeal> {
  const query = options.through === undefined ? '' : `?through=${options.through}`;
  try {
    return await hostJson<JournalSeal>(
      `/host/exercises/${encodeURIComponent(exerciseId)}/seal${query}`,
      token,
      options.fetcher ?? fetch,
    );
  } catch (error) {
    throw new Error(
      `the exercise host could not give the journal head of ${exerciseId}: ${(error as Error).message}`,
    );
  }
}

/** The host's signing key and the partner keys imported into it. */
export function fetchSigningKeys(token: string, fetcher: Fetch = fetch): Promise<SigningKeys> {
  return hostJson<SigningKeys>('/host/keys', token, fetcher);
}

/** A partner's key file (its text), known to the host from now on under `label`; rejects with the host's reason. */
export function importSigningKey(
  keyText: string,
  label: string,
  token: string,
  fetcher: Fetch = fetch,
): Promise<KnownKey> {
  return hostJson<KnownKey>(`/host/keys?label=${encodeURIComponent(label)}`, token, fetcher, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-pem-file' },
    body: keyText,
  });
}
