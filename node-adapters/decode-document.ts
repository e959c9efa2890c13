import type { Problem } from '../core/index';

/** The encodings a document is read in: UTF-8, or UTF-16 when a byte-order mark says so. */
export type DocumentEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';

export type DecodeResult =
  { ok: true; text: string; encoding: DocumentEncoding } | { ok: false; problem: Problem };

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++) {
      if (((bytes[index + next] as number) & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return -1;
}

/** Line and column of a character offset in decoded text (1-based). */
function positionIn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * Does text without a byte-order mark look like UTF-16 (ASCII characters, each with a zero byte beside it)?
 * Then "binary data" would name the wrong cause: the file is text in another encoding.
 */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.min(64, Math.floor(bytes.length / 2));
  if (pairs === 0) return false;
  let even = 0;
  let odd = 0;
  for (let pair = 0; pair < pairs; pair++) {
    if (bytes[2 * pair] === 0) even++;
    if (bytes[2 * pair + 1] === 0) odd++;
  }
  return (even === 0 && odd >= pairs / 2) || (odd === 0 && even >= pairs / 2);
}

/**
 * Bytes of a document to text. UTF-8 (a byte-order mark dropped) is the format; UTF-16 with a byte-order
 * mark, as some Windows editors save "Unicode" text, is read too and said to be UTF-16, so the caller can
 * tell the author. Anything else is a located problem that names the encoding it sees.
 */
export function decodeDocument(file: string, bytes: Uint8Array): DecodeResult {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? ('UTF-16LE' as const)
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? ('UTF-16BE' as const)
        : null;
  if (utf16) {
    const body = bytes.subarray(2);
    const label = utf16 === 'UTF-16LE' ? 'utf-16le' : 'utf-16be';
    // Decoded leniently, then checked: a lone surrogate or an odd last byte becomes U+FFFD, whose place
    // is the place of the damage.
    const text = new TextDecoder(label, { fatal: false, ignoreBOM: true }).decode(body);
    const damaged = text.indexOf('\uFFFD');
    const odd = body.length % 2 === 1;
    if (damaged >= 0 || odd) {
      const at = damaged >= 0 ? damaged : text.length;
      return {
        ok: false,
        problem: {
          file,
          ...positionIn(text, at),
          message: `file starts as ${utf16} text (byte-order mark) but is not valid ${utf16} here: save it as UTF-8`,
        },
      };
    }
    return { ok: true, text, encoding: utf16 };
  }
  if (looksLikeBomlessUtf16(bytes)) {
    return {
      ok: false,
      problem: {
        file,
        line: 1,
        column: 1,
        message: 'file looks like UTF-16 text without a byte-order mark: save it as UTF-8',
      },
    };
  }
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid >= 0) {
    const before = Buffer.from(bytes.subarray(0, invalid)).toString('utf8');
    const message = 'file is not UTF-8 text (binary data, or a legacy encoding): save it as UTF-8';
    return { ok: false, problem: { file, ...positionIn(before, before.length), message } };
  }
  const text = Buffer.from(bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return { ok: true, text, encoding: 'UTF-8' };
}
