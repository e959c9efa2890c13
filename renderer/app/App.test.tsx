// One screen per URL hash. The screens are stood in for: each has tests of its own.
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { languageKeyOf, useUiStore } from '../state/index';
import { App } from './App';

/** The language each render of a (stand-in) station saw: a screen must never draw in another's language. */
const stationRenders = vi.hoisted(() => [] as string[][]);

vi.mock('../home/index', () => ({ HomeScreen: () => <p>home screen</p> }));
vi.mock('../console/index', () => ({
  ConsoleRoute: ({ exerciseId }: { exerciseId: string }) => <p>console of {exerciseId}</p>,
}));
vi.mock('../evaluator/index', () => ({
  EvaluatorRoute: ({ exerciseId, role }: { exerciseId: string; role: string }) => (
    <p>
      evaluator {role} of {exerciseId}
    </p>
  ),
}));
vi.mock('../station/index', () => ({
  StationRoute: ({ exerciseId, roles }: { exerciseId: string; roles: string[] }) => {
    if (roles.includes('broken')) throw new Error('the station failed');
    stationRenders.push([roles.join('+'), useUiStore.getState().language]);
    return (
      <p>
        station {roles.join('+')} of {exerciseId}
      </p>
    );
  },
}));

/** Go to a hash as the browser does, telling the app. */
function go(hash: string) {
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  window.location.hash = '';
  localStorage.clear();
  stationRenders.length = 0;
  useUiStore.setState({ scope: undefined, language: 'en' });
});

describe('the app', () => {
  it('shows Home under the banner at the root and at any hash it does not know', () => {
    render(<App />);
    expect(screen.getByText('home screen')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('EXERCISE');
    go('#/nowhere/at/all');
    expect(screen.getByText('home screen')).toBeInTheDocument();
  });

  it('opens the console, a station for its roles, and the evaluator, by hash', () => {
    render(<App />);
    go('#/console/ex-1');
    expect(screen.getByText('console of ex-1')).toBeInTheDocument();
    go('#/station/ex-1/ms-a,nac');
    expect(screen.getByText('station ms-a+nac of ex-1')).toBeInTheDocument();
    go('#/evaluator/ex-1');
    expect(screen.getByText('evaluator evaluator of ex-1')).toBeInTheDocument();
    expect(screen.queryByText('home screen')).toBeNull();
  });

  it('keeps a screen’s failure to that screen: going elsewhere starts afresh', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error.
    render(<App />);
    go('#/station/ex-1/broken');
    expect(screen.getByRole('alert')).toHaveTextContent('the station failed');
    go('#/');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('home screen')).toBeInTheDocument();
  });

  it('speaks on each screen the language chosen there, from its first drawing on', () => {
    localStorage.setItem(languageKeyOf('home'), 'nl');
    localStorage.setItem(languageKeyOf('station/ex-1/ms-a'), 'en');
    localStorage.setItem(languageKeyOf('station/ex-1/nato-hq-staff'), 'nl');
    render(<App />);
    expect(screen.getAllByText('OEFENING')).toHaveLength(2);
    go('#/station/ex-1/ms-a');
    expect(screen.getByText('station ms-a of ex-1')).toBeInTheDocument();
    go('#/station/ex-1/nato-hq-staff');
    expect(screen.getByText('station nato-hq-staff of ex-1')).toBeInTheDocument();
    expect(new Set(stationRenders.map((seen) => seen.join(' in ')))).toEqual(
      new Set(['ms-a in en', 'nato-hq-staff in nl']),
    );
    go('#/');
    expect(screen.getAllByText('OEFENING')).toHaveLength(2);
  });
});
