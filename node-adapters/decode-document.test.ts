import { describe, expect, it } from 'vitest';
import { decodeDocument } from './decode-document';

const TEXT = 'kind: scenario\ntitle: Café €\n';
/** UTF-16 bytes written out by hand from the code units, not by the decoder under test. */
function utf16(text: string, order: 'LE' | 'BE', bom = true): Uint8Array {
  const bytes: number[] = bom ? (order === 'LE' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(order === 'LE' ? pair : pair.reverse()));
  }
  return new Uint8Array(bytes);
}

describe('decodeDocument', () => {
  it('reads UTF-8, dropping a byte-order mark', () => {
    expect(decodeDocument('a.yaml', Buffer.from(`\uFEFF${TEXT}`))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'UTF-8',
    });
  });

  it.each(['LE', 'BE'] as const)('reads UTF-16%s with its byte-order mark and says so', (order) => {
    expect(decodeDocument('a.yaml', utf16(TEXT, order))).toEqual({
      ok: true,
      text: TEXT,
      encoding: `UTF-16${order}`,
    });
  });

  it('locates damage in UTF-16 text: a lone surrogate on line 2, column 3', () => {
    const bytes = utf16('a: 1\nb:\uD800 x\n', 'LE');
    expect(decodeDocument('a.yaml', bytes)).toEqual({
      ok: false,
      problem: {
        file: 'a.yaml',
        line: 2,
        column: 3,
        message:
          'file starts as UTF-16LE text (byte-order mark) but is not valid UTF-16LE here: save it as UTF-8',
      },
    });
  });

  it('names UTF-16 without a byte-order mark as such, not as binary data', () => {
    const result = decodeDocument('a.yaml', utf16(TEXT, 'LE', false));
    expect(result.ok ? null : result.problem.message).toBe(
      'file looks like UTF-16 text without a byte-order mark: save it as UTF-8',
    );
  });

  it('still calls a legacy encoding what it is', () => {
    const result = decodeDocument('a.yaml', new Uint8Array([0x61, 0x3a, 0x20, 0xe9]));
    expect(result.ok ? null : result.problem).toEqual({
      file: 'a.yaml',
      line: 1,
      column: 4,
      message: 'file is not UTF-8 text (binary data, or a legacy encoding): save it as UTF-8',
    });
  });
});
