/** The screens that choose their own language, as the URL hash names them (renderer/components/route.ts). */
export type ScreenAddress =
  | { readonly screen: 'home' }
  | { readonly screen: 'console'; readonly exerciseId: string }
  | { readonly screen: 'station'; readonly exerciseId: string; readonly roles: readonly string[] }
  | { readonly screen: 'evaluator'; readonly exerciseId: string; readonly role: string }
  | { readonly screen: 'join' };

/**
 * Whose language choice a screen uses: Home; the console of an exercise; a role station per exercise and
 * roles played; the evaluator station per exercise and evaluator role.
 *
 * A role station is keyed by exercise and roles, not by its station id: the id lives in the tab's
 * sessionStorage, so a participant who closes the tab and opens the station's link again would find the
 * language they chose gone, while two tabs of different roles still get different keys. Roles are sorted, as
 * "ms-a,nac" and "nac,ms-a" are the same station.
 */
export function languageScopeOf(address: ScreenAddress): string {
  const part = encodeURIComponent;
  switch (address.screen) {
    case 'home':
      return 'home';
    // Joining is where a LAN laptop starts, as Home is on the host laptop: the same choice of language.
    case 'join':
      return 'home';
    case 'console':
      return `console/${part(address.exerciseId)}`;
    case 'station':
      return `station/${part(address.exerciseId)}/${[...address.roles].sort().map(part).join(',')}`;
    case 'evaluator':
      return `evaluator/${part(address.exerciseId)}/${part(address.role)}`;
  }
}
