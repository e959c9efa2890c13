import { useSyncExternalStore } from 'react';

/** The screens, addressed by the URL hash so that each can open in its own tab or window. */
export type Route =
  | { screen: 'home' }
  | { screen: 'console'; exerciseId: string }
  | { screen: 'station'; exerciseId: string; roles: string[] }
  | { screen: 'evaluator'; exerciseId: string; role: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const [screen, exerciseId, extra] = parts;
  if (screen === 'console' && exerciseId) return { screen, exerciseId };
  if (screen === 'station' && exerciseId && extra)
    return { screen, exerciseId, roles: extra.split(',').filter(Boolean) };
  if (screen === 'evaluator' && exerciseId) return { screen, exerciseId, role: extra || 'evaluator' };
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
