import type { Channel } from '../scenario/index';

/**
 * Words other tools use for the way an inject is delivered → our channel. Shared by the importer (to set
 * each inject's channel) and the column guesser (to spot a delivery-method column in a headerless sheet).
 */
const CHANNEL_WORDS: readonly [RegExp, Channel][] = [
  [/e-?mail|mail|courriel/, 'email'],
  [/phone|call|telephone|téléphone|radio|sms|text message/, 'phone'],
  [/social|twitter|tweet|post|facebook|x\.com/, 'social-media'],
  [/news|press|media|tv|television|article|journal/, 'news'],
  [/cable|diplomatic/, 'diplomatic-cable'],
  [/intel/, 'intelligence-report'],
  [/sitrep|situation report|report/, 'sitrep'],
  [/video|vtc|teams|zoom/, 'video-conference'],
  [/meeting|face|verbal|briefing|in person/, 'meeting'],
  [/request|letter|official|fax/, 'official-request'],
  [/alert|platform|portal|system/, 'platform-alert'],
];

/** The channel a cell names, or null when it names none ("Send an SMS" → phone, "Courriel" → email). */
export function channelNamedBy(text: string): Channel | null {
  const lower = text.toLowerCase().trim();
  const exact = CHANNEL_WORDS.map(([, channel]) => channel).find((channel) => channel === lower);
  if (exact) return exact;
  return CHANNEL_WORDS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}
