import type { boardEn } from './board.en';

/** Dutch for the board area. */
export const boardNl: Partial<Record<keyof typeof boardEn, string>> = {
  'board.voidDecision': 'Het besluit “{decision}” van {time} ongedaan maken',
};
