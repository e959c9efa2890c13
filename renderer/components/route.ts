import { useSyncExternalStore } from 'react';

/** The screens, addressed by the URL hash so that each can open in its own tab or window. */
export type Route =
  | { screen: 'home' }
  | { screen: 'console'; exerciseId: string }
  | { screen: 'station'; exerciseId: string; roles: string[] }
  | { screen: 'evaluator'; exerciseId: string; role: string }
  /** A laptop joining with a code: typed, or from the QR code's link. */
  | { screen: 'join'; code: string | null };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const [screen, exerciseId, extra] = parts;
  if (screen === 'console' && exerciseId) return { screen, exerciseId };
  if (screen === 'station' && exerciseId && extra)
    return { screen, exerciseId, roles: extra.split(',').filter(Boolean) };
  if (screen === 'evaluator' && exerciseId) return { screen, exerciseId, role: extra || 'evaluator' };
  // The second part is the code here, not an exercise.
  if (screen === 'join') return { screen, code: exerciseId || null };
  return { screen: 'home' };
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'console':
      return `#/console/${encodeURIComponent(route.exerciseId)}`;
    case 'station':
      return `#/station/${encodeURIComponent(route.exerciseId)}/${route.roles.map(encodeURIComponent).join(',')}`;
    case 'evaluator':
      return `#/evaluator/${encodeURIComponent(route.exerciseId)}/${encodeURIComponent(route.role)}`;
    case 'join':
      return route.code ? `#/join/${encodeURIComponent(route.code)}` : '#/join';
  }
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
