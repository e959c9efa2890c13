import type { consoleEn } from './console.en';

/** Dutch for the console area. */
export const consoleNl: Record<keyof typeof consoleEn, string> = {
  'console.title': 'Console van de oefenleiding',
  'console.loading': 'De oefening wordt geopend…',
  'console.waiting': '({reason})',
  'console.readingHistory':
    'Het logboek wordt gelezen van de oefeningshost of uit de kopie in deze browser: {loaded} van {total} gebeurtenissen. Sommige weergaven zijn onvolledig tot alles binnen is.',
  'console.failed': 'De oefening kon niet worden geopend: {reason}',
  'console.notFound':
    'De oefening {exerciseId} staat niet in de gegevensmap van de oefeningshost: ze is verwijderd, of de host is gestart met een andere gegevensmap ({reason}).',
  'console.readOnly': 'Alleen lezen: {reason}',
  'console.copy.checking':
    'Geopend uit de kopie in deze browser ({held} gebeurtenissen). De oefeningshost heeft haar nog niet gecontroleerd.',
  'console.copy.upToDate':
    'Geopend uit de kopie in deze browser ({held} gebeurtenissen). Ze was gelijk aan die van de oefeningshost.',
  'console.copy.updated':
    'Geopend uit de kopie in deze browser ({held} gebeurtenissen) en bijgewerkt vanaf de oefeningshost ({received} gebeurtenissen).',
  'console.copy.rebuilding':
    'Deze browser had geen kopie van deze oefening: hij neemt er een over van de oefeningshost (geschiedenis {loaded} van {total} gebeurtenissen).',
  'console.copy.rebuilt':
    'Deze browser had geen kopie van deze oefening: hij houdt er nu een bij, opgebouwd vanaf de oefeningshost ({total} gebeurtenissen).',
  'console.copy.diverged':
    'De kopie in deze browser sluit niet aan op het journaal van de oefeningshost: {reason}. Er is niets samengevoegd; de kopie wordt alleen-lezen getoond.',
  'console.copy.notFound':
    'De oefeningshost heeft deze oefening niet ({reason}): ze is daar verwijderd, of de host is gestart met een andere gegevensmap. De kopie in deze browser wordt alleen-lezen getoond.',
  'console.copy.download': 'De kopie in deze browser downloaden',
  'console.copy.downloaded': 'Opgeslagen als {file}.',
  'console.copy.replace': 'Vervangen door het journaal van de host…',
  'console.copy.replaceConfirm':
    'De kopie in deze browser verwijderen en opnieuw opbouwen uit het journaal van de oefeningshost? Wat alleen deze kopie bevat, gaat verloren tenzij u haar eerst downloadt.',
  'console.copy.replaceNow': 'De kopie vervangen',
  'console.ended': 'De oefening is beëindigd (ENDEX). Alles hier is alleen-lezen.',
  'console.endexSeal':
    'De vastlegging bij ENDEX: na gebeurtenis {seq} luidt de hashketen van het journaal {head}. Deze host ondertekent zijn pakketten met de sleutel {fingerprint}. Noteer beide: elk pakket van deze oefening moet deze kop dragen.',
  'console.endexSealFailed':
    'De kop van het journaal bij ENDEX kon niet bij de host worden gelezen: {reason}',
  'console.endexSealRetry': 'Het de host opnieuw vragen',
  'console.clock': 'Oefeningsklok',
  'console.status.ready': 'Gereed',
  'console.status.running': 'Loopt',
  'console.status.paused': 'Gepauzeerd',
  'console.status.ended': 'Beëindigd',
  'console.start': 'Starten (STARTEX)',
  'console.pause': 'Pauzeren',
  'console.resume': 'Hervatten',
  'console.speed': 'Snelheid',
  'console.speedMax': 'maximaal',
  'console.jumpNext': 'Naar de volgende inject',
  'console.end': 'ENDEX…',
  'console.endConfirm':
    'De oefening beëindigen (ENDEX)? De klok stopt definitief en er kan niets meer worden gespeeld.',
  'console.shortcuts': 'Toetsen: spatie starten/pauzeren/hervatten · N volgende inject · 1–5 snelheid',
  'console.noPlay': 'NO PLAY…',
  'console.noPlayLift': 'NO PLAY opheffen',
  'console.noPlayNotice': 'Melding die elke post toont',
  'console.noPlayDefault': 'Veiligheidsstop in de echte wereld: stop het spel en wacht op instructies.',
  'console.noPlayConfirm': 'Stoppen om een reden in de echte wereld',
  'console.noPlayActive':
    'NO PLAY staat aan: elke post toont de veiligheidsmelding en de klok is gepauzeerd.',
  'console.tabs': 'Weergaven van de console',
  'console.tab.msel': 'MSEL',
  'console.tab.board': 'Playbookbord',
  'console.tab.coordination': 'Coördinatie',
  'console.tab.expected': 'Verwachte acties',
  'console.tab.stations': 'Posten',
  'console.tab.review': 'Nabespreking',
  'console.stations': 'Posten en rollen',
  'console.station.role': 'Rol',
  'console.station.play': 'Gespeeld door',
  'console.station.connected': 'Verbonden',
  'console.station.lastActed': 'Laatste handeling',
  'console.station.notConnected': 'geen post',
  'console.station.open': 'Post openen',
  'console.station.viewAs': 'Bekijken als rol',
  'console.station.viewing': 'U ziet precies wat {role} ziet (alleen lezen)',
  'console.station.stopViewing': 'Stoppen met bekijken',
  'console.station.evaluator': 'De evaluatiepost openen',
  'console.actAs.title': 'Een besluit nemen voor een rol',
  'console.actAs.note':
    'U neemt het namens de rol: het logboek legt vast dat de oefenleiding het speelde. Organen die het scenario niet speelt (de NAC als de NAVO niet meespeelt) speelt u zelf; zij nemen alleen besluiten en versturen of ontvangen niets.',
  'console.actAs.role': 'Handelen als',
  'console.actAs.choose': 'Kies een rol…',
  'console.actAs.inPlay': 'Rollen in het spel',
  'console.actAs.notPlayed': 'Niet gespeeld in deze oefening (de oefenleiding speelt ze)',
  'console.actAs.body': '{role} (niet gespeeld: u speelt deze rol)',
  'console.actAs.none': '{role} heeft nu geen besluit te nemen.',
  'console.actAs.taken': 'Besluit genomen voor {role}: {title}',
  'console.play.station': 'post',
  'console.play.doctrine': 'automatisch: volgens het boekje',
  'console.play.late': 'automatisch: laat team',
  'console.play.random': 'automatisch: willekeurig',
  'console.lock.ended': 'De oefening is beëindigd (ENDEX): het spel kan niet meer worden gewijzigd.',
  'console.actAs.beforeStartex':
    'U kunt beslissingen voor een rol nemen zodra de oefening is gestart (STARTEX).',
  'console.nav': 'Navigatie van de console',
  'console.backHome': '← Startpagina: alle oefeningen',
  'console.readiness.heading': 'Posten vóór STARTEX',
  'console.readiness.missing':
    'Nog geen post geopend voor: {roles}. Start zodra deze teams aanwezig zijn, of laat een agent ze spelen (weergave Posten).',
  'console.readiness.allReady': 'Elke rol heeft een geopende post of wordt door een agent gespeeld.',
  'console.readiness.station': 'post geopend',
  'console.readiness.agent': 'gespeeld door een agent',
  'console.readiness.missingRole': 'geen post geopend',
  'console.station.number': 'Station {number}',
};
