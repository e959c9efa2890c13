/** UI text shared by every screen. */
export const commonEn = {
  'app.title': 'Playbook Exercise Simulator',
  'app.exercise': 'EXERCISE',
  'nav.home': 'Home',
  'language.label': 'Language',
  'common.cancel': 'Cancel',
  'common.confirm': 'Confirm',
  'common.close': 'Close',
  'common.save': 'Save',
  'common.send': 'Send',
  'common.search': 'Search',
  'common.loading': 'Loading…',
  'common.none': 'None',
  'common.scenarioTime': 'Scenario time',
  'common.inWorldTime': 'In-world time',
  'common.wallTime': 'Wall time',
  'common.storageError': 'Storage problem: {message}',
  'common.dismiss': 'Dismiss',
  'common.crashedTitle': 'This screen met a problem it could not handle',
  'common.crashedBody':
    "What the exercise recorded is safe in this browser's storage and was not changed. Reload the page to carry on; if it happens again, note what you did and tell the exercise control team.",
  'common.crashedDetail': 'The problem: {message}',
  'common.reload': 'Reload the page',
  'common.noPlayTitle': 'NO PLAY — real-world safety stop',
  'common.noPlayBody':
    'The exercise is stopped for a real-world reason. Wait for the controller to resume it.',
} as const;
