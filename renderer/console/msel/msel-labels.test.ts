import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/index';
import { translatorFor } from '../../state/index';
import { rowTexts } from './msel-labels';
import { mselRowFixture } from '../../../test/fixtures/msel-row';

const row = mselRowFixture();
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
