// A station words its decisions from the tables its host sent, in the language chosen on the station.
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stationWords, type StationDecision } from '../../core/index';
import { loadBundledPlaybook } from '../../test/bundled-content';
import { useUiStore } from '../state/index';
import { useStationContentWords, wordDecision } from './station-content-words';

const tables = stationWords(loadBundledPlaybook(), ['eeas-crm']);
const decision = {
  machine: 'eeas-crm',
  instance: null,
  newCase: false,
  event: 'SENIOR_MANAGERS_CONSULTED',
  title: 'Record the consultation',
  fields: [
    {
      name: 'consulted',
      label: 'Consulted',
      type: 'choice',
      options: ['hrvp', 'secretary-general'],
      required: true,
    },
  ],
} as unknown as StationDecision;

afterEach(() => useUiStore.getState().setLanguage('en'));

describe('station content words', () => {
  it('words a decision in Dutch when the station reads Dutch', () => {
    useUiStore.getState().setLanguage('nl');
    const { result } = renderHook(() => useStationContentWords(tables));
    const worded = wordDecision(decision, result.current);
    expect(worded.fields[0]?.label).toBe('Geraadpleegd');
    expect(worded.fields[0]?.optionLabels).toEqual({
      hrvp: 'HV/VV',
      'secretary-general': 'Secretaris-generaal',
    });
    expect(worded.fields[0]?.options).toEqual(['hrvp', 'secretary-general']);
  });

  it('keeps the view’s own words when the host sent no tables', () => {
    const { result } = renderHook(() => useStationContentWords(null));
    expect(result.current).toBeNull();
    expect(wordDecision(decision, result.current)).toBe(decision);
  });
});
