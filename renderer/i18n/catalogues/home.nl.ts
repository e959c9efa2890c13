import type { homeEn } from './home.en';

/** Dutch for Home. */
export const homeNl: Record<keyof typeof homeEn, string> = {
  'home.library': 'Scenariobibliotheek',
  'home.libraryIntro': 'Meegeleverde scenario’s, gecontroleerd tegen het playbook wanneer de app start.',
  'home.inWorld': 'Start in het scenario',
  'home.span': 'Duur',
  'home.injects': 'Injects',
  'home.roles': 'Rollen',
  'home.mechanisms': 'Mechanismen',
  'home.contentProblems': 'Meegeleverde inhoud met problemen',
  'home.openFile': 'Een scenario- of MSEL-bestand openen…',
  'home.openFileHint':
    'Een scenario (.yaml) wordt gecontroleerd; een MSEL uit een ander programma (.csv, .xlsx, .json) wordt ingelezen als concept.',
  'home.reportTitle': 'Verslag over {file}',
  'home.reportDismiss': 'Verslag sluiten',
  'home.openedBadge': 'Geopend uit {file}',
  'home.start': 'Een oefening starten',
  'home.startFor': 'Een oefening starten: {title}',
  'home.exerciseName': 'Naam van de oefening',
  'home.exerciseMarking': 'Rubricering van de oefening (op elk scherm getoond)',
  'home.seed': 'Startwaarde (seed) voor geautomatiseerde rollen',
  'home.rolePlay': 'Hoe elke rol wordt gespeeld',
  'home.setEveryPlayer': 'Elke playbookrol instellen op',
  'home.role': 'Rol',
  'home.organisation': 'Organisatie',
  'home.playedBy': 'Gespeeld door',
  'home.play.station': 'een deelnemer op een post',
  'home.play.by-hand': 'SimCell / white cell, met de hand',
  'home.play.doctrine': 'automatisch: volgens het boekje',
  'home.play.late': 'automatisch: een laat team',
  'home.play.random': 'automatisch: willekeurig',
  'home.create': 'Aanmaken en de console openen',
  'home.creating': 'Bezig met aanmaken…',
  'home.createFailed': 'De oefening kon niet worden aangemaakt: {reason}',
  'home.exercises': 'Oefeningen',
  'home.noExercises': 'Er staat nog geen oefening in de gegevensmap van de oefeningshost.',
  'home.dataFolder': 'Bewaard door de oefeningshost in {folder}',
  'home.hostUnreachable':
    'De oefeningshost is niet bereikbaar: opnieuw verbinden… Start hem opnieuw (npm start) als hij is gestopt. Zijn lijst met oefeningen kan pas worden getoond als hij terug is; hieronder staan de oefeningen waarvan deze browser een kopie heeft, om te lezen.',
  'home.hostRefused':
    'De oefeningshost aanvaardt deze pagina niet als zijn console: {reason}. Zijn lijst met oefeningen kan hier niet worden getoond; hieronder staan de oefeningen waarvan deze browser een kopie heeft, om te lezen.',
  'home.heldCopies': 'Kopieën in deze browser',
  'home.noHeldCopies': 'Deze browser heeft van geen enkele oefening een kopie.',
  'home.notListed': 'nog niet vermeld door de oefeningshost',
  'home.openCopy': 'Openen',
  'home.browserExercises': 'In deze browser vastgelegd vóór de oefeningshost',
  'home.browserExercisesIntro':
    'Een eerdere versie van de app heeft deze oefeningen in deze browser vastgelegd, en ze staan alleen hier. Upload elke oefening één keer naar de oefeningshost om haar bij de andere te bewaren; hier wordt niets verwijderd.',
  'home.upload': 'Uploaden naar de oefeningshost',
  'home.uploading': 'Bezig met uploaden…',
  'home.uploaded':
    '{name} staat nu op de oefeningshost ({events} gebeurtenissen); deze browser bewaart haar als zijn kopie.',
  'home.alreadyThere': '{name} staat al op de oefeningshost, gelijk aan deze: gemarkeerd als overgezet.',
  'home.alreadyThereMore':
    '{name} staat al op de oefeningshost, gelijk aan deze en met {more} gebeurtenissen die daar sindsdien zijn vastgelegd: gemarkeerd als overgezet.',
  'home.uploadDiffers':
    '{name} is niet geüpload: de oefeningshost heeft al een andere oefening met de id {id}. {how} Beide blijven bewaard: download de back-up van deze browser, en verwijder eerst de oefening op de host als die van deze browser de te bewaren oefening is.',
  'home.differsOlder':
    'Die van de host is een oudere stand ervan: zijn {host} gebeurtenissen zijn de eerste {host} van de {own} van deze browser.',
  'home.differsFrom':
    'De twee komen alleen in hun eerste {same} gebeurtenissen overeen; die van de host heeft {host} gebeurtenissen, die van deze browser {own}.',
  'home.uploadRefused': '{name} is niet geüpload: {reason}. Hier is niets gewijzigd.',
  'home.copyKept':
    'Verwijderd op de oefeningshost, maar de kopie ervan in deze browser kon niet worden verwijderd: {reason}',
  'home.status.ready': 'gereed',
  'home.status.running': 'loopt',
  'home.status.paused': 'gepauzeerd',
  'home.status.ended': 'beëindigd',
  'home.created': 'Aangemaakt',
  'home.events': 'Gebeurtenissen',
  'home.actions': 'Acties',
  'home.scenario': 'Scenario',
  'home.resume': 'Verder in de console',
  'home.lookBack': 'Terugkijken',
  'home.download': 'Back-up downloaden',
  'home.delete': 'Verwijderen…',
  'home.deleteConfirm':
    'De oefening “{name}” en haar logboek verwijderen uit de gegevensmap van de oefeningshost, en ook de kopie ervan in deze browser? Download eerst een back-up als u die nog nodig kunt hebben.',
  'home.loadBackup': 'Een back-up laden…',
  'home.restored': '{name} geladen ({events} gebeurtenissen).',
  'home.openConsole': 'De console openen',
};
