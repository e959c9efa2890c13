import type { MselField } from './msel-columns';

/**
 * The column names MSELs are written with in the working languages of the EU and NATO besides English:
 * French, German, Dutch, Spanish and Italian (issue 19 §3). They are compared after normaliseHeader, so case,
 * accents, punctuation and spacing do not matter ("Réponse attendue" = "reponse attendue"); each list is
 * what planners of that language write on a sheet, from the national exercise guides' MSEL templates.
 */
export type HeaderLanguage = 'fr' | 'de' | 'nl' | 'es' | 'it';

export const HEADER_TERMS: Record<HeaderLanguage, Partial<Record<MselField, readonly string[]>>> = {
  fr: {
    number: ['numéro', 'n°', 'n° inject', 'numéro d’inject', 'numéro de l’événement', 'réf'],
    time: ['heure', 'horaire', 'heure de l’exercice', 'heure scénario', 'heure de diffusion', 'date/heure'],
    type: ['type d’événement', 'type d’inject', 'nature'],
    channel: ['canal', 'moyen', 'vecteur', 'mode de diffusion', 'support'],
    from: ['expéditeur', 'émetteur', 'de', 'auteur'],
    to: ['destinataire', 'destinataires', 'à', 'joueur', 'joueurs', 'cible'],
    title: ['objet', 'sujet', 'titre', 'intitulé'],
    text: ['contenu', 'texte', 'détail', 'détails', 'message'],
    expected: [
      'réponse attendue',
      'réponses attendues',
      'action attendue',
      'actions attendues',
      'réaction attendue',
      'comportement attendu',
    ],
    objective: ['objectif', 'objectifs', 'objectif de l’exercice', 'capacité'],
    notes: ['remarques', 'commentaires', 'observations', 'notes de l’animateur'],
    track: ['séquence', 'phase', 'volet'],
    marking: ['classification', 'marquage', 'niveau de classification'],
  },
  de: {
    number: ['nummer', 'nr', 'lfd nr', 'laufende nummer', 'einlage nr', 'einlagenummer'],
    time: ['zeit', 'uhrzeit', 'zeitpunkt', 'datum/uhrzeit', 'übungszeit', 'szenariozeit'],
    type: ['art', 'typ', 'ereignisart', 'einlageart'],
    channel: ['kanal', 'medium', 'übermittlungsweg', 'kommunikationsweg', 'meldeweg'],
    from: ['absender', 'von', 'verfasser', 'urheber'],
    to: ['empfänger', 'an', 'adressat', 'adressaten', 'spieler', 'zielgruppe'],
    title: ['betreff', 'titel', 'überschrift', 'stichwort'],
    text: ['nachricht', 'meldung', 'inhalt', 'einlage', 'beschreibung', 'text'],
    expected: [
      'erwartete reaktion',
      'erwartete handlung',
      'erwartete handlungen',
      'erwartete maßnahme',
      'erwartete maßnahmen',
      'erwartete massnahmen',
      'erwartetes verhalten',
    ],
    objective: ['übungsziel', 'übungsziele', 'ziel', 'ziele'],
    notes: ['bemerkungen', 'anmerkungen', 'hinweise', 'notizen', 'bemerkung'],
    track: ['phase', 'strang', 'handlungsstrang'],
    marking: ['einstufung', 'vs einstufung', 'klassifizierung', 'geheimhaltungsgrad'],
  },
  nl: {
    number: ['nummer', 'nr', 'volgnummer', 'inject nr'],
    time: ['tijd', 'tijdstip', 'datum/tijd', 'oefentijd', 'scenariotijd'],
    type: ['soort', 'soort inject'],
    channel: ['kanaal', 'middel', 'communicatiemiddel'],
    from: ['afzender', 'van', 'zender'],
    to: ['ontvanger', 'ontvangers', 'aan', 'geadresseerde', 'speler', 'spelers', 'doelgroep'],
    title: ['onderwerp', 'titel', 'kop'],
    text: ['bericht', 'inhoud', 'tekst', 'boodschap', 'beschrijving'],
    expected: ['verwachte reactie', 'verwachte actie', 'verwachte acties', 'verwachte handeling'],
    objective: ['oefendoel', 'oefendoelen', 'doelstelling', 'doel'],
    notes: ['opmerkingen', 'notities', 'toelichting', 'opmerking'],
    track: ['fase', 'verhaallijn'],
    marking: ['rubricering', 'classificatie'],
  },
  es: {
    number: ['número', 'nº', 'núm', 'número de inyección', 'n.º'],
    time: ['hora', 'tiempo', 'fecha/hora', 'hora del ejercicio', 'hora de envío'],
    type: ['tipo', 'tipo de evento', 'tipo de inyección'],
    channel: ['canal', 'medio', 'vía'],
    from: ['remitente', 'emisor', 'de'],
    to: ['destinatario', 'destinatarios', 'para', 'a', 'receptor', 'jugador', 'jugadores'],
    title: ['asunto', 'título'],
    text: ['mensaje', 'contenido', 'texto', 'descripción'],
    expected: ['respuesta esperada', 'acción esperada', 'acciones esperadas', 'reacción esperada'],
    objective: ['objetivo', 'objetivos'],
    notes: ['notas', 'observaciones', 'comentarios'],
    track: ['fase'],
    marking: ['clasificación'],
  },
  it: {
    number: ['numero', 'n', 'nr', 'num'],
    time: ['ora', 'orario', 'data/ora', 'tempo'],
    type: ['tipo', 'tipologia'],
    channel: ['canale', 'mezzo', 'modalità'],
    from: ['mittente', 'da', 'emittente'],
    to: ['destinatario', 'destinatari', 'a', 'ricevente', 'giocatore', 'giocatori'],
    title: ['oggetto', 'titolo'],
    text: ['messaggio', 'contenuto', 'testo', 'descrizione'],
    expected: ['risposta attesa', 'azione attesa', 'azioni attese', 'reazione attesa', 'risposte attese'],
    objective: ['obiettivo', 'obiettivi'],
    notes: ['note', 'osservazioni', 'commenti'],
    track: ['fase'],
    marking: ['classifica', 'classificazione'],
  },
};

/** Every language's terms for one field, in the order of HEADER_TERMS. */
export function headerTermsFor(field: MselField): string[] {
  return Object.values(HEADER_TERMS).flatMap((terms) => [...(terms[field] ?? [])]);
}
