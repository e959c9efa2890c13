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
  'common.dismiss': 'Sluiten',
  'common.crashedTitle': 'Dit scherm liep tegen een probleem aan dat het niet kon afhandelen',
  'common.crashedBody':
    'Wat de oefening heeft vastgelegd is veilig in de opslag van deze browser en is niet gewijzigd. Laad de pagina opnieuw om verder te gaan; gebeurt het nogmaals, noteer dan wat u deed en meld het aan de oefenleiding.',
  'common.crashedDetail': 'Het probleem: {message}',
  'common.reload': 'Pagina opnieuw laden',
  'common.noPlayTitle': 'NO PLAY — veiligheidsstop in de echte wereld',
  'common.noPlayBody':
    'De oefening is om een reden in de echte wereld gestopt. Wacht tot de oefenleiding haar hervat.',
};
