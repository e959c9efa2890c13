import type { branchEn } from './branch.en';

/** Wat-als-takken (issue 23): een oefening vanaf een moment in de evaluatie aftakken, en de herkomst van een tak. */
export const branchNl: Record<keyof typeof branchEn, string> = {
  'branch.open': 'Vanaf dit moment aftakken…',
  'branch.heading': 'Een wat-als-tak spelen vanaf {time}',
  'branch.intro':
    'Een nieuwe oefening begint met de toestand na gebeurtenis {seq}, met de klok daar stilgezet; speel haar verder met andere besluiten. Deze oefening verandert niet.',
  'branch.name': 'Naam van de tak',
  'branch.defaultName': '{name} — wat-als vanaf {time}',
  'branch.submit': 'Tak maken',
  'branch.cancel': 'Annuleren',
  'branch.busy': 'De tak wordt gemaakt…',
  'branch.made': 'Tak gemaakt: {name}.',
  'branch.openConsole': 'De console van de tak openen',
  'branch.failed': 'De tak is niet gemaakt: {reason}',
  'branch.nameMissing': 'Geef de tak een naam.',
  'branch.afterEnd': 'Een tak begint vóór ENDEX: zet de schuif op een moment vóór gebeurtenis {seq}.',
  'branch.of': 'Wat-als-tak van {origin}, vanaf {time} (na gebeurtenis {seq} daarvan).',
  'branch.check.run': 'Vergelijken met de herkomst',
  'branch.check.running': 'Bezig met vergelijken met de herkomst…',
  'branch.check.failed': 'De controle kon niet worden gedaan: {reason}',
  'branch.check.matches':
    'Het deel vóór de aftakking is gebeurtenis voor gebeurtenis gelijk aan dat van de herkomst.',
  'branch.check.differs':
    'Het deel vóór de aftakking wijkt bij gebeurtenis {seq} af van dat van de herkomst: het logboek van de herkomst of van de tak is niet meer zoals toen de tak werd gemaakt.',
  'branch.check.copyAltered':
    'Het deel vóór de aftakking heeft niet meer de hash van toen de tak werd gemaakt: het logboek is gewijzigd.',
  'branch.check.originAbsent':
    'Het deel vóór de aftakking heeft de vastgelegde hash; de herkomst staat niet op deze host om mee te vergelijken.',
};
