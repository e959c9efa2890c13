import { useState } from 'react';

/** The console's views, in the order of its tabs. */
export const CONSOLE_VIEWS = ['msel', 'board', 'coordination', 'expected', 'stations', 'review'] as const;
export type ConsoleView = (typeof CONSOLE_VIEWS)[number];

const keyOf = (exerciseId: string) => `console-view:${exerciseId}`;

/**
 * The view last open in this browser tab's console of an exercise, so that a reload (or the host's restart
 * reloading the page) brings the controller back to where they were. Kept in the tab's session storage, not
 * in the URL, so that switching views does not change the route (which remounts the screen). A value that
 * is not one of the views (an older build's, or written by hand) reads as the MSEL.
 */
export function rememberedView(exerciseId: string, storage: Storage | undefined = sessionStorageOrNone()) {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(keyOf(exerciseId)) ?? null;
  } catch {
    // Storage the browser refuses (a locked-down profile) only means the console opens on the MSEL.
  }
  return CONSOLE_VIEWS.find((view) => view === stored) ?? 'msel';
}

export function rememberView(
  exerciseId: string,
  view: ConsoleView,
  storage: Storage | undefined = sessionStorageOrNone(),
) {
  try {
    storage?.setItem(keyOf(exerciseId), view);
  } catch {
    // Not remembered: the view still changes; only a reload forgets it.
  }
}

function sessionStorageOrNone(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/** The console's open view, remembered per exercise across a reload of the tab. */
export function useRememberedView(exerciseId: string): [ConsoleView, (view: ConsoleView) => void] {
  const [view, setView] = useState<ConsoleView>(() => rememberedView(exerciseId));
  const choose = (next: ConsoleView) => {
    rememberView(exerciseId, next);
    setView(next);
  };
  return [view, choose];
}
