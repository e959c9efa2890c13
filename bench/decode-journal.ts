// Decoding a journal of 100,000 of the engine's own lines (issue 19 §4), against the floor of reading the same
// bytes: splitting them into lines and a plain JSON.parse of each. Trusted is how the host opens its own
// journal (JournalEventStore.open: every line parsed, its envelope, version, type and seq checked, its
// payload not; the lines kept as places in the bytes); untrusted is a file a user uploads or imports
// (decodeJournalBytes: every payload checked against its schema, every event kept). Median of several runs.
import { encodeEvents, MemoryEventStore } from '../core/index';
import { decodeJournalBytes, JournalLineTable } from '../node-adapters/index';
import { generateJournal } from './generate-journal';
import { printTable } from './measure';

const TARGET = 100_000;
const RUNS = 7;

/** The floor: every line split off the bytes, made a string and parsed, nothing else. */
function parseLines(bytes: Buffer): number {
  let count = 0;
  let start = 0;
  for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, start)) {
    JSON.parse(bytes.toString('utf8', start, end));
    count++;
    start = end + 1;
  }
  return count;
}

function medianOf(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export async function benchDecodeJournal(): Promise<void> {
  const memory = new MemoryEventStore('bench-decode');
  const engine = await generateJournal(memory, TARGET);
  const bytes = Buffer.from(encodeEvents(engine.events));
  const lines = parseLines(bytes);
  const check = (decoded: { problems: { message: string }[] }, count: number) => {
    if (count !== lines || decoded.problems.length > 0)
      throw new Error(
        `the generated journal does not decode: ${decoded.problems[0]?.message ?? 'events lost'}`,
      );
  };
  const measures = {
    floor: () => parseLines(bytes),
    trusted: () => {
      const decoded = JournalLineTable.decode(bytes);
      check(decoded, decoded.table.length);
    },
    trustedKept: () => {
      const decoded = decodeJournalBytes(bytes, { trusted: true });
      check(decoded, decoded.events.length);
    },
    untrusted: () => {
      const decoded = decodeJournalBytes(bytes, { trusted: false });
      check(decoded, decoded.events.length);
    },
  };
  const times: Record<keyof typeof measures, number[]> = {
    floor: [],
    trusted: [],
    trustedKept: [],
    untrusted: [],
  };
  // Interleaved, so a slow moment of a loaded machine falls on every measure alike; run 0 warms up.
  for (let run = 0; run <= RUNS; run++) {
    for (const [name, work] of Object.entries(measures)) {
      const elapsed = timed(work);
      if (run > 0) times[name as keyof typeof measures].push(elapsed);
    }
  }
  const [floor, trusted, trustedKept, untrusted] = [
    times.floor,
    times.trusted,
    times.trustedKept,
    times.untrusted,
  ];
  const base = medianOf(floor);
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const ratio = (value: number) => `${(value / base).toFixed(2)}× the floor`;
  printTable(
    `Decoding a journal: ${lines.toLocaleString('en')} of the engine's own lines, ${(bytes.length / 1024 / 1024).toFixed(0)} MB (median of ${RUNS} runs each)`,
    [
      ['floor: split the bytes into lines, JSON.parse each', ms(base)],
      [
        'trusted decode, as the host opens its own journal (lines kept, not events)',
        `${ms(medianOf(trusted))}: ${ratio(medianOf(trusted))} (target ≤ 1.5×)`,
      ],
      [
        '  the same checks keeping every event and line as strings (a restore)',
        `${ms(medianOf(trustedKept))}: ${ratio(medianOf(trustedKept))}`,
      ],
      [
        'untrusted decode, an uploaded or imported file (every payload validated)',
        `${ms(medianOf(untrusted))}: ${ratio(medianOf(untrusted))}`,
      ],
    ],
  );
}

if (process.argv[1]?.endsWith('decode-journal.ts')) await benchDecodeJournal();
