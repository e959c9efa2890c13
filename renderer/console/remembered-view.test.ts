import { afterEach, describe, expect, it } from 'vitest';
import { rememberedView, rememberView } from './remembered-view';

afterEach(() => sessionStorage.clear());

describe('the console’s remembered view', () => {
  it('opens on the MSEL when nothing is remembered', () => {
    expect(rememberedView('ex-1')).toBe('msel');
  });

  it('brings back the view last chosen for the same exercise, and only for it', () => {
    rememberView('ex-1', 'stations');
    rememberView('ex-2', 'board');
    expect(rememberedView('ex-1')).toBe('stations');
    expect(rememberedView('ex-2')).toBe('board');
    expect(rememberedView('ex-3')).toBe('msel');
  });

  it('reads a value that is no view (an older build’s, or typed by hand) as the MSEL', () => {
    sessionStorage.setItem('console-view:ex-1', 'timeline');
    expect(rememberedView('ex-1')).toBe('msel');
  });

  it('still works, forgetting, when the browser refuses its storage', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;
    expect(() => rememberView('ex-1', 'board', refusing)).not.toThrow();
    expect(rememberedView('ex-1', refusing)).toBe('msel');
  });
});
