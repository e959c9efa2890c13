import type { mselEn } from './msel.en';

/** Dutch for the msel area. */
export const mselNl: Partial<Record<keyof typeof mselEn, string>> = {
  'msel.compose.notCleared':
    'Niet gemachtigd voor {marking}, dus deze ontvangers krijgen het inject niet: {roles}',
};
