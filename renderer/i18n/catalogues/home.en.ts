/**
 * UI text of Home: the scenario library, the host's exercises, starting an exercise, this browser's copies and
 * the exercises recorded in it before the host.
 */
export const homeEn = {
  'home.library': 'Scenario library',
  'home.libraryIntro': 'Bundled scenarios, checked against the playbook when the app starts.',
  'home.inWorld': 'In-world start',
  'home.span': 'Duration',
  'home.injects': 'Injects',
  'home.roles': 'Roles',
  'home.mechanisms': 'Mechanisms',
  'home.contentProblems': 'Bundled content with problems',
  'home.openFile': 'Open a scenario or MSEL file…',
  'home.openFileHint':
    'A scenario (.yaml) is validated; an MSEL from another tool (.csv, .xlsx, .json) is imported into a draft.',
  'home.reportTitle': 'Report for {file}',
  'home.reportDismiss': 'Dismiss report',
  'home.openedBadge': 'Opened from {file}',
  'home.start': 'Start an exercise',
  'home.startFor': 'Start an exercise: {title}',
  'home.exerciseName': 'Exercise name',
  'home.exerciseMarking': 'Exercise marking (shown on every screen)',
  'home.seed': 'Seed for automated roles',
  'home.rolePlay': 'How each role is played',
  'home.setEveryPlayer': 'Set every playbook role to',
  'home.role': 'Role',
  'home.organisation': 'Organisation',
  'home.playedBy': 'Played by',
  'home.play.station': 'a participant at a station',
  'home.play.by-hand': 'SimCell / white cell, by hand',
  'home.play.doctrine': 'automatically: by the book',
  'home.play.late': 'automatically: a late team',
  'home.play.random': 'automatically: at random',
  'home.create': 'Create and open the console',
  'home.creating': 'Creating…',
  'home.createFailed': 'The exercise could not be created: {reason}',
  'home.exercises': 'Exercises',
  'home.noExercises': 'No exercise is in the exercise host’s data folder yet.',
  'home.dataFolder': 'Kept by the exercise host in {folder}',
  'home.hostUnreachable':
    'The exercise host is not reachable: reconnecting… Start it again (npm start) if it stopped. Its list of exercises cannot be shown until it is back; below are the exercises this browser holds copies of, to read.',
  'home.hostRefused':
    'The exercise host does not accept this page as its console: {reason}. Its list of exercises cannot be shown here; below are the exercises this browser holds copies of, to read.',
  'home.heldCopies': 'Copies held in this browser',
  'home.noHeldCopies': 'This browser holds no copy of any exercise.',
  'home.notListed': 'not yet listed by the exercise host',
  'home.openCopy': 'Open',
  'home.browserExercises': 'Recorded in this browser before the exercise host',
  'home.browserExercisesIntro':
    'An earlier version of the app recorded these exercises in this browser, and they are only here. Upload each one into the exercise host once to keep it with the others; nothing here is deleted.',
  'home.upload': 'Upload to the exercise host',
  'home.uploading': 'Uploading…',
  'home.uploaded': '{name} is now on the exercise host ({events} events); this browser keeps it as its copy.',
  'home.alreadyThere': '{name} is already on the exercise host, the same as here: marked as moved.',
  'home.alreadyThereMore':
    '{name} is already on the exercise host, the same as here and with {more} more events recorded there since: marked as moved.',
  'home.uploadDiffers':
    '{name} was not uploaded: the exercise host already holds a different exercise with the id {id}. {how} Both are kept: download this browser’s backup, and delete the host’s exercise first if this browser’s is the one to keep.',
  'home.differsOlder':
    'The host’s is an older state of it: its {host} events are the first {host} of this browser’s {own}.',
  'home.differsFrom':
    'The two agree on their first {same} events only; the host’s has {host} events, this browser’s {own}.',
  'home.uploadRefused': '{name} was not uploaded: {reason}. Nothing was changed here.',
  'home.copyKept':
    'Deleted on the exercise host, but this browser’s copy of it could not be removed: {reason}',
  'home.status.ready': 'ready',
  'home.status.running': 'running',
  'home.status.paused': 'paused',
  'home.status.ended': 'ended',
  'home.created': 'Created',
  'home.events': 'Events',
  'home.actions': 'Actions',
  'home.scenario': 'Scenario',
  'home.resume': 'Resume in the console',
  'home.lookBack': 'Look back',
  'home.download': 'Download backup',
  'home.delete': 'Delete…',
  'home.deleteConfirm':
    'Delete the exercise "{name}" and its log from the exercise host’s data folder, and this browser’s copy of it? Download a backup first if you may need it.',
  'home.loadBackup': 'Load a backup…',
  'home.restored': 'Loaded {name} ({events} events).',
  'home.openConsole': 'Open the console',
} as const;
