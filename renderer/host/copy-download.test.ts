import { describe, expect, it } from 'vitest';
import { decodeJournal, type ExerciseEvent } from '../../core/index';
import { testEvents } from '../../test/event-store-contract';
import { downloadCopy } from './copy-download';

describe('downloadCopy', () => {
  it('saves the copy as a journal file that decodes to the same events', async () => {
    const events = testEvents('ex-1', 1, 3);
    const saved: { name: string; text: string; mimeType: string }[] = [];
    const name = await downloadCopy(
      { exerciseId: 'ex-1', events: async () => events },
      async (n, text, mimeType) => {
        saved.push({ name: n, text, mimeType });
      },
    );
    expect(name).toBe('ex-1.browser-copy.events.jsonl');
    expect(saved).toHaveLength(1);
    expect(saved[0]?.mimeType).toBe('application/x-ndjson');
    expect(saved[0]?.text.split('\n')).toHaveLength(4);
    expect(decodeJournal(saved[0]?.text ?? '', { trusted: true }).events).toEqual(events);
  });

  it('refuses to save a copy that holds nothing', async () => {
    const events: ExerciseEvent[] = [];
    await expect(
      downloadCopy({ exerciseId: 'ex-2', events: async () => events }, async () => undefined),
    ).rejects.toThrow('this browser holds no copy of exercise ex-2');
  });
});
