import type { mselEn } from './msel.en';

/** Dutch for the msel area. */
export const mselNl: Partial<Record<keyof typeof mselEn, string>> = {
  'msel.rows': 'Injectrijen (scrollen met de pijltjestoetsen)',
};
