// The words a station receives: only the mechanisms it shows, in English and each catalogue language.
import { describe, expect, it } from 'vitest';
import { loadBundledPlaybook } from '../../test/bundled-content';
import { wordsFrom } from '../playbook/index';
import { stationWords } from './station-words';

const playbook = loadBundledPlaybook();

describe('stationWords', () => {
  const words = stationWords(playbook, ['ipcr', 'ipcr']);

  it('carries English and Dutch, for the mechanisms shown only', () => {
    expect(Object.keys(words).sort()).toEqual(['en', 'nl']);
    expect(Object.keys(words.en!.mechanisms)).toEqual(['ipcr']);
    expect(Object.keys(words.nl!.mechanisms)).toEqual(['ipcr']);
  });

  it('lets a station word its content in Dutch, in plain data', () => {
    const received = JSON.parse(JSON.stringify(words)) as typeof words;
    const dutch = wordsFrom(received.en!, received.nl, 'nl');
    expect(dutch.state('ipcr', 'informationSharing')).toBe('Informatie-uitwisseling');
    expect(dutch.mechanism('ipcr')).toBe('Geïntegreerde regeling politieke crisisrespons (IPCR)');
    expect(dutch.marking('EU-ONLY')).toBe('Alleen EU');
    // A mechanism the role does not see has no words on the station: its id spelt out, never its title.
    expect(dutch.mechanism('solidarity-clause')).toBe('Solidarity clause');
  });
});
