// The console's content words follow the language chosen on the screen.
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBundledPlaybook } from '../../test/bundled-content';
import { useUiStore } from '../state/index';
import { useContentWords } from './use-content-words';

const { documents } = loadBundledPlaybook();

afterEach(() => useUiStore.getState().setLanguage('en'));

describe('useContentWords', () => {
  it('reads English, then Dutch once the screen switches', () => {
    const { result } = renderHook(() => useContentWords(documents));
    expect(result.current.state('ipcr', 'fullActivation')).toBe('Full activation');
    act(() => useUiStore.getState().setLanguage('nl'));
    expect(result.current.state('ipcr', 'fullActivation')).toBe('Volledige activering');
  });
});
