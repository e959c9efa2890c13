import type { consoleEn } from './console.en';

/** Dutch for the console area. */
export const consoleNl: Partial<Record<keyof typeof consoleEn, string>> = {
  'console.lock.ended': 'De oefening is beëindigd (ENDEX): het spel kan niet meer worden gewijzigd.',
  'console.actAs.beforeStartex':
    'U kunt beslissingen voor een rol nemen zodra de oefening is gestart (STARTEX).',
  'console.nav': 'Navigatie van de console',
  'console.backHome': '← Startpagina: alle oefeningen',
  'console.readiness.heading': 'Stations vóór STARTEX',
  'console.readiness.missing':
    'Nog geen station geopend voor: {roles}. Start zodra deze teams aanwezig zijn, of laat een agent ze spelen (weergave Stations).',
  'console.readiness.allReady': 'Elke rol heeft een geopend station of wordt door een agent gespeeld.',
  'console.readiness.station': 'station geopend',
  'console.readiness.agent': 'gespeeld door een agent',
  'console.readiness.missingRole': 'geen station geopend',
  'console.station.viewingNoPlay':
    'NO PLAY is van kracht: het station van deze rol wordt bedekt door de NO PLAY-melding.',
};
