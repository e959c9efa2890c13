// The bound on a journal line sits above the largest line the engine can write, and its message names it.
import { describe, expect, it } from 'vitest';
import { lineTooLongMessage, MAX_JOURNAL_LINE_BYTES } from './journal-line-bound';

// core/documents' limit on a scenario's YAML (yaml-document.ts); not exported through core's index.
const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

describe('MAX_JOURNAL_LINE_BYTES', () => {
  it('holds an exercise.created line embedding a scenario of the largest size, as text and parsed', () => {
    // A worst case for escaping: every other character a quote, a backslash or a newline (2 bytes in JSON).
    const text = 'a"\\\n'.repeat(MAX_DOCUMENT_BYTES / 4);
    const parsed = text.split('\n').map((row) => ({ row }));
    const line = JSON.stringify({
      type: 'exercise.created',
      payload: { content: { scenario: { source: { text }, document: parsed } } },
    });
    expect(Buffer.byteLength(line)).toBeGreaterThan(2 * MAX_DOCUMENT_BYTES);
    expect(Buffer.byteLength(line)).toBeLessThan(MAX_JOURNAL_LINE_BYTES / 2);
  });

  it('is named in the message, in MB when whole', () => {
    expect(lineTooLongMessage(MAX_JOURNAL_LINE_BYTES)).toBe(
      'the line is longer than 64 MB, the longest a journal line may be',
    );
    expect(lineTooLongMessage(1000)).toBe(
      'the line is longer than 1000 bytes, the longest a journal line may be',
    );
  });
});
