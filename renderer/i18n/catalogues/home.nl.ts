import type { homeEn } from './home.en';

/** Dutch for the home area. */
export const homeNl: Partial<Record<keyof typeof homeEn, string>> = {};
