import type { consoleEn } from './console.en';

/** Dutch for the console area. */
export const consoleNl: Partial<Record<keyof typeof consoleEn, string>> = {
  'console.station.number': 'Station {number}',
};
