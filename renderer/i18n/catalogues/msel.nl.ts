import type { mselEn } from './msel.en';

/** Dutch for the msel area. */
export const mselNl: Partial<Record<keyof typeof mselEn, string>> = {
  'msel.details.heading': 'Ontvangers lezen het als',
};
