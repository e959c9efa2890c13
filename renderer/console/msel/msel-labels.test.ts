import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/index';
import { translatorFor } from '../../state/index';
import { rollupOf, type MselRow } from './msel-rows';
import { rowTexts } from './msel-labels';

const recipients: MselRow['recipients'] = [
  { role: 'ms-a', state: 'acknowledged' },
  { role: 'nac', state: 'blocked' },
];
const row: MselRow = {
  id: 'INJ-7',
  title: 'Ferry stopped',
  text: 'The ferry is held in port.',
  status: 'released',
  dueMs: 3_600_000,
  releasedMs: 3_600_000,
  trigger: { kind: 'at' },
  delay: null,
  from: 'press',
  recipients,
  rollup: rollupOf(recipients),
  channel: 'news',
  marking: 'PUBLIC',
  priority: 'routine',
  mechanisms: ['ipcr', 'argus'],
  track: null,
  adhoc: false,
  edited: [],
};
const english = translatorFor('en');
const dutch = translatorFor('nl');
const mechanism = (machine: string) => machine.toUpperCase();

describe("an MSEL row's words", () => {
  it('shows each recipient as a mark and names its state in words', () => {
    const texts = rowTexts(row, english, mechanism);
    expect(texts.recipients).toEqual([
      { mark: '✓\u2009ms-a', state: 'acknowledged' },
      { mark: '✕\u2009nac', state: 'blocked' },
    ]);
    expect(texts.recipientsLabel).toBe('ms-a (acknowledged), nac (blocked)');
    expect(texts.due).toBe('T+01:00:00');
    expect(texts.mechanisms).toBe('IPCR, ARGUS');
    expect(texts.status).toBe('released');
  });

  it('is formatted once per row and language, and again for a changed row or another language', () => {
    const first = rowTexts(row, english, mechanism);
    expect(rowTexts(row, english, mechanism)).toBe(first);
    expect(rowTexts({ ...row }, english, mechanism)).not.toBe(first);
    const inDutch = rowTexts(row, dutch, mechanism);
    expect(inDutch).not.toBe(first);
    expect(inDutch.status).toBe(translate('nl', 'msel.status.released'));
  });
});
