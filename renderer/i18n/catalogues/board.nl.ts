import type { boardEn } from './board.en';

/** Dutch for the board area. */
export const boardNl: Partial<Record<keyof typeof boardEn, string>> = {
  'board.expected.automated': '{role} (geautomatiseerd)',
};
