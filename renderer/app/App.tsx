import { useLayoutEffect } from 'react';
import { ConsoleRoute } from '../console/index';
import { EvaluatorRoute } from '../evaluator/index';
import { HomeScreen } from '../home/index';
import { JoinScreen, onHostLaptop } from '../join/index';
import { StationRoute } from '../station/index';
import { ExerciseBanner, ScreenErrorBoundary, useRoute, type Route } from '../components/index';
import { languageScopeOf, useUiStore } from '../state/index';

/** One page, one screen per URL hash: Home, the controller console, a role station or the evaluator. */
export function App() {
  const route = useRoute();
  const language = useUiStore((state) => state.language);
  // Each screen speaks the language chosen on it (a station per exercise and role), not one per browser.
  const scope = languageScopeOf(route);
  const inScope = useUiStore((state) => state.scope === scope);
  useLayoutEffect(() => useUiStore.getState().enterScope(scope), [scope]);
  // Until then nothing is drawn, so no screen shows, announces or titles itself in another screen's language.
  if (!inScope) return null;
  // Keyed by the route: going Home from a failed screen starts afresh.
  return (
    <ScreenErrorBoundary key={JSON.stringify(route)} language={language}>
      <Screen route={route} />
    </ScreenErrorBoundary>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'console':
      return <ConsoleRoute key={route.exerciseId} exerciseId={route.exerciseId} />;
    case 'station':
      return (
        <StationRoute
          key={`${route.exerciseId}/${route.roles.join(',')}`}
          exerciseId={route.exerciseId}
          roles={route.roles}
        />
      );
    case 'evaluator':
      return (
        <EvaluatorRoute
          key={`${route.exerciseId}/${route.role}`}
          exerciseId={route.exerciseId}
          role={route.role}
        />
      );
    case 'join':
      return <JoinScreen key={route.code ?? ''} code={route.code} />;
    default:
      // Home's catalogue is the console's, served only to the host laptop: another laptop joins with a code.
      if (!onHostLaptop()) return <JoinScreen />;
      return (
        <>
          <ExerciseBanner />
          <HomeScreen />
        </>
      );
  }
}
