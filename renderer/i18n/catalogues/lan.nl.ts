import type { lanEn } from './lan.en';

/** Dutch UI text of the console's room-network panel (lan.en.ts). */
export const lanNl: Record<keyof typeof lanEn, string> = {
  'lan.heading': 'Posten op het zaalnetwerk',
  'lan.off':
    'De host bedient alleen deze laptop. Open hem voor het zaalnetwerk zodat deelnemers vanaf hun eigen laptop kunnen meedoen.',
  'lan.open': 'Openen voor het zaalnetwerk',
  'lan.close': 'Sluiten voor het zaalnetwerk',
  'lan.changing': 'Bezig…',
  'lan.addresses': 'Geef dit adres door (deelnemers openen het in een browser):',
  'lan.problem': 'Luistert niet overal: {problem}',
  'lan.firewall':
    'Vraagt de laptop of binnenkomende verbindingen zijn toegestaan (een firewallvraag), sta ze dan alleen op het privénetwerk toe.',
  'lan.codes': 'Deelnamecodes',
  'lan.codesHint':
    'Lees een code voor, schrijf hem op of toon de QR-code. Een code maakt van een laptop alleen een post van zijn rol; negen tekens uit {alphabet}.',
  'lan.role': 'Rol',
  'lan.kind': 'Post',
  'lan.code': 'Code',
  'lan.kind.player': 'deelnemer',
  'lan.kind.evaluator': 'evaluator',
  'lan.kind.observer': 'waarnemer (alleen lezen)',
  'lan.kind.control': 'oefenleiding',
  'lan.showQr': 'QR-code tonen',
  'lan.hideQr': 'QR-code verbergen',
  'lan.qrLabel': 'QR-code om mee te doen als {role}',
  'lan.openHere': 'Hier openen',
  'lan.replace': 'Code vervangen…',
  'lan.replaceConfirm':
    'De code van {role} vervangen? De oude code werkt meteen niet meer; posten die ermee meededen, blijven.',
  'lan.replaceYes': 'Code vervangen',
  'lan.revokeCode': 'Code intrekken…',
  'lan.revokeCodeConfirm': 'Deze code van de oefenleiding intrekken? Posten die ermee meededen, blijven.',
  'lan.revokeCodeYes': 'Code intrekken',
  'lan.control': 'Een post van de oefenleiding geven…',
  'lan.controlRole': 'Rol van de oefenleiding',
  'lan.controlConfirm':
    '{role} geven aan een laptop op het zaalnetwerk? Wie met de code meedoet, kan injects vrijgeven, aanhouden, verzetten en sturen als {role}. De klok blijft bij EXCON.',
  'lan.controlYes': 'Code van de oefenleiding maken',
  'lan.stations': 'Posten met een toegangsbewijs',
  'lan.noStations': 'Nog geen post doet mee.',
  'lan.station': 'Post',
  'lan.from': 'Vanaf',
  'lan.since': 'Sinds',
  'lan.connected': 'Verbonden',
  'lan.connections': '{count} open',
  'lan.notConnected': 'niet verbonden',
  'lan.viaConsole': 'geopend vanuit deze console',
  'lan.revoked': 'ingetrokken om {time}',
  'lan.revoke': 'Intrekken…',
  'lan.revokeConfirm':
    'Post {station} ({role}) nu afsluiten? Zijn pagina’s sluiten meteen en zijn toegangsbewijs werkt niet meer; hij heeft een nieuwe code nodig om weer mee te doen.',
  'lan.revokeYes': 'Afsluiten',
  'lan.failed': 'De host deed het niet: {reason}',
};
