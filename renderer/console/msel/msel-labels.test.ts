import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/index';
import { translatorFor } from '../../state/index';
import { dueLabel, rowTexts } from './msel-labels';
import { mselNamesFixture, mselRowFixture } from '../../../test/fixtures/msel-row';

const row = mselRowFixture();
const english = translatorFor('en');
const dutch = translatorFor('nl');
const names = mselNamesFixture;

describe("an MSEL row's words", () => {
  it('shows each recipient as a mark and names its state in words', () => {
    const texts = rowTexts(row, english, names);
    expect(texts.recipients).toEqual([
      { mark: '✓\u2009Member State A', state: 'acknowledged' },
      { mark: '✕\u2009NAC', state: 'blocked' },
    ]);
    expect(texts.recipientsLabel).toBe('Member State A (acknowledged), NAC (blocked)');
    expect(texts.due).toBe('T+01:00:00');
    expect(texts.mechanisms).toBe('IPCR, ARGUS');
    expect(texts.status).toBe('released');
  });

  it('is formatted once per row and language, and again for a changed row or another language', () => {
    const first = rowTexts(row, english, names);
    expect(rowTexts(row, english, names)).toBe(first);
    expect(rowTexts({ ...row }, english, names)).not.toBe(first);
    const inDutch = rowTexts(row, dutch, names);
    expect(inDutch).not.toBe(first);
    expect(inDutch.status).toBe(translate('nl', 'msel.status.released'));
  });

  it('words what a row waits for by the names of roles, decisions, states, injects and actions', () => {
    const waiting = { releasedMs: null, dueMs: null };
    expect(
      dueLabel(
        mselRowFixture({ ...waiting, trigger: { kind: 'missed', inject: 'INJ-4', action: 'EA-2' } }),
        english,
        names,
      ),
    ).toBe('waiting: if “action ea-2” of “inject inj-4” is missed');
    expect(
      dueLabel(
        mselRowFixture({
          ...waiting,
          trigger: { kind: 'decision', machine: 'ipcr', event: 'ACTIVATE', role: 'ms-a', instance: null },
          delay: '1h',
        }),
        english,
        names,
      ),
    ).toBe('waiting: when Member State A takes “ipcr decision activate” (IPCR), +1h');
  });
});
