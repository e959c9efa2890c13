import { afterEach, describe, expect, it, vi } from 'vitest';
import { tabStationId } from './station-id';

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('tabStationId', () => {
  it('makes a station id once per tab and keeps it across reloads', () => {
    let made = 0;
    const newId = () => `n${++made}`;
    expect(tabStationId(newId)).toBe('station-n1');
    expect(tabStationId(newId)).toBe('station-n1');
    expect(sessionStorage.getItem('pbsim.station-id')).toBe('station-n1');
    expect(made).toBe(1);
  });

  it('keeps the evaluator’s station id apart from a role station’s', () => {
    let made = 0;
    const newId = () => `n${++made}`;
    expect(tabStationId(newId, 'station')).toBe('station-n1');
    expect(tabStationId(newId, 'evaluator')).toBe('evaluator-n2');
    expect(tabStationId(newId, 'evaluator')).toBe('evaluator-n2');
    expect(sessionStorage.getItem('pbsim.evaluator-station-id')).toBe('evaluator-n2');
  });

  it('still gives an id when the tab’s storage refuses', () => {
    vi.stubGlobal('sessionStorage', {
      getItem: () => {
        throw new Error('storage disabled');
      },
    });
    expect(tabStationId(() => 'x')).toBe('station-x');
  });
});
