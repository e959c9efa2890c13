import type { Channel } from '../scenario/index';

/**
 * Words other tools use for the way an inject is delivered → our channel. Shared by the importer (to set
 * each inject's channel) and the column guesser (to spot a delivery-method column in a headerless sheet).
 */
// In English, French, German, Dutch, Spanish and Italian, accents removed; the first pattern that matches
// wins, so "posta" (Italian mail) is e-mail before "post" makes it social media.
const CHANNEL_WORDS: readonly [RegExp, Channel][] = [
  [/e-?mail|mail|courriel|courrier|correo|posta/, 'email'],
  [/phone|call|telephone|telefo|radio|sms|text message|anruf|funk|appel|llamada|chiamata/, 'phone'],
  [/social|twitter|tweet|post|facebook|x\.com|reseaux|redes|sociale/, 'social-media'],
  [
    /news|press|media|tv|television|article|journal|zeitung|krant|prensa|stampa|notici|notizi|depeche/,
    'news',
  ],
  [/cable|diplomatic|diplomati/, 'diplomatic-cable'],
  [/intel|renseignement|nachrichtendienst|inteligencia/, 'intelligence-report'],
  [
    /sitrep|situation report|report|rapport|lagebericht|lagemeldung|situatierapport|informe|rapporto/,
    'sitrep',
  ],
  [/video|vtc|teams|zoom|visio/, 'video-conference'],
  [/meeting|face|verbal|briefing|in person|reunion|besprechung|sitzung|vergadering|riunione/, 'meeting'],
  [
    /request|letter|official|fax|lettre|brief|schreiben|carta|lettera|demande|verzoek|solicitud|richiesta/,
    'official-request',
  ],
  [/alert|platform|portal|system|alerte|plattform|platform|plataforma|piattaforma/, 'platform-alert'],
];

/** The channel a cell names, or null when it names none ("Send an SMS" → phone, "Courriel" → email). */
export function channelNamedBy(text: string): Channel | null {
  const lower = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
  const exact = CHANNEL_WORDS.map(([, channel]) => channel).find((channel) => channel === lower);
  if (exact) return exact;
  return CHANNEL_WORDS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}
