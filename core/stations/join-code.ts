/**
 * Join codes (issue 20 §1, ADR 0007): short enough to read aloud to a room, long enough that nobody guesses one.
 *
 * The alphabet keeps 21 symbols and drops every one that is mistaken for another when written by hand or read
 * aloud: 0/O/D/Q, 1/I/L, 2/Z, 5/S, 6/G/C… (C stays: its NATO word, Charlie, is unmistakable), 8/B, U/V (V
 * stays), and the vowels that make words. Nine symbols, shown as three groups of three, are 21⁹ ≈ 7.9·10¹¹
 * codes (39.5 bits). The host allows an address 5 wrong codes in 10 minutes, and every address together 60 a
 * minute (station-server/station-access/join-limiter.ts): with twenty live codes, one chance in 4·10¹⁰ a guess,
 * a guesser needs on average 150,000 years from one address, and 1,300 years with the whole room guessing.
 */
export const JOIN_CODE_ALPHABET = 'ACDEFHJKMNPRTVWXY3479';
export const JOIN_CODE_LENGTH = 9;

const SYMBOLS = new Set(JOIN_CODE_ALPHABET);

/** A new code from random bytes, without bias: a byte beyond the last whole multiple of 21 is drawn again. */
export function newJoinCode(randomBytes: (size: number) => Uint8Array): string {
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH)
    for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
      if (byte >= limit) continue;
      code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
      if (code.length === JOIN_CODE_LENGTH) break;
    }
  return code;
}

/**
 * A code as people type it — any case, with spaces, hyphens or dots between groups — in its plain form; null
 * when it cannot be a code (wrong length, a symbol not in the alphabet). Nothing is guessed: a `0` is not read
 * as an `O`, since neither is in the alphabet, and a wrong code counts as a wrong code.
 */
export function normalizeJoinCode(input: string): string | null {
  const plain = input
    .trim()
    .toUpperCase()
    .replace(/[\s.\-–—]/g, '');
  if (plain.length !== JOIN_CODE_LENGTH) return null;
  for (const symbol of plain) if (!SYMBOLS.has(symbol)) return null;
  return plain;
}

/** `ACD-EFH-347`: three groups, to read aloud and to type. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3, 6)}-${code.slice(6)}`;
}
