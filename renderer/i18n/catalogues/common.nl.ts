import type { commonEn } from './common.en';

export const commonNl: Record<keyof typeof commonEn, string> = {
  'app.title': 'Playbook-oefeningssimulator',
  'app.exercise': 'OEFENING',
  'nav.home': 'Start',
  'language.label': 'Taal',
  'common.cancel': 'Annuleren',
  'common.confirm': 'Bevestigen',
  'common.close': 'Sluiten',
  'common.save': 'Opslaan',
  'common.send': 'Versturen',
  'common.search': 'Zoeken',
  'common.loading': 'Laden…',
  'common.none': 'Geen',
  'common.scenarioTime': 'Scenariotijd',
  'common.inWorldTime': 'Tijd in het scenario',
  'common.wallTime': 'Werkelijke tijd',
  'common.storageError': 'Opslagprobleem: {message}',
  'common.noPlayTitle': 'NO PLAY — veiligheidsstop in de echte wereld',
  'common.noPlayBody':
    'De oefening is om een reden in de echte wereld gestopt. Wacht tot de oefenleiding haar hervat.',
};
