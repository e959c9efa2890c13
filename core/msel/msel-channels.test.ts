import { describe, expect, it } from 'vitest';
import { channelNamedBy } from './msel-channels';

describe('channelNamedBy', () => {
  it.each([
    // Our own channel ids, exactly.
    ['email', 'email'],
    ['diplomatic-cable', 'diplomatic-cable'],
    ['Platform-Alert', 'platform-alert'],
    // Words other tools use, in any case and with surrounding space.
    ['E-mail', 'email'],
    ['Courriel', 'email'],
    ['  Phone call ', 'phone'],
    ['Send an SMS', 'phone'],
    ['Tweet', 'social-media'],
    ['TV news', 'news'],
    ['Diplomatic note', 'diplomatic-cable'],
    ['Intel summary', 'intelligence-report'],
    ['SITREP', 'sitrep'],
    ['VTC', 'video-conference'],
    ['In person', 'meeting'],
    ['Official letter', 'official-request'],
    ['Portal', 'platform-alert'],
  ])('"%s" → %s', (text, channel) => {
    expect(channelNamedBy(text)).toBe(channel);
  });

  it.each([
    // The delivery methods of French, German, Dutch, Spanish and Italian MSELs.
    ['Téléphone', 'phone'],
    ['Appel', 'phone'],
    ['Anruf', 'phone'],
    ['Telefoon', 'phone'],
    ['Llamada', 'phone'],
    ['Telefonata', 'phone'],
    ['Posta elettronica', 'email'],
    ['Correo electrónico', 'email'],
    ['Presse', 'news'],
    ['Krant', 'news'],
    ['Prensa', 'news'],
    ['Stampa', 'news'],
    ['Réseaux sociaux', 'social-media'],
    ['Redes sociales', 'social-media'],
    ['Lagebericht', 'sitrep'],
    ['Réunion', 'meeting'],
    ['Vergadering', 'meeting'],
    ['Riunione', 'meeting'],
    ['Visioconférence', 'video-conference'],
    ['Lettre officielle', 'official-request'],
  ])('"%s" → %s (other languages)', (text, channel) => {
    expect(channelNamedBy(text)).toBe(channel);
  });

  it('takes the first matching kind when a cell names several (mail before news)', () => {
    expect(channelNamedBy('Press release by email')).toBe('email');
  });

  it.each(['', 'Carrier pigeon', 'T+1h'])('names no channel in "%s"', (text) => {
    expect(channelNamedBy(text)).toBeNull();
  });
});
