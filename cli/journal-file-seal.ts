import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { chainNext, journalChainStart, type JournalSeal } from '../core/index';
import { nodeSha256Hex } from '../node-adapters/index';

/**
 * The seal of a journal file's first `lines` lines (issue 25), read as a stream — a journal may be larger than
 * the CLI should hold — and chained as packages chain them: what `report` prints on every page of its
 * document, so the page can be matched with any package of the exercise. `fingerprint`: the key that signed the
 * package the journal came in, or null for a plain journal.
 */
export async function sealOfJournalFile(
  file: string,
  exerciseId: string,
  lines: number,
  fingerprint: string | null,
): Promise<JournalSeal> {
  let link = journalChainStart(exerciseId, nodeSha256Hex);
  let count = 0;
  const reader = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  try {
    for await (const line of reader) {
      if (count === lines) break;
      link = chainNext(link, line, nodeSha256Hex);
      count += 1;
    }
  } finally {
    reader.close();
  }
  return { exerciseId, head: link, lines: count, fingerprint };
}
