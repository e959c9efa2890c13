// Exercise packages (issue 25) on a journal of 100,000 of the engine's own lines: making the package (chain,
// seal, Ed25519 signature), proving it as a restore does, and the journal's seal as the console's ENDEX bar and
// the report ask for it — each against the floor of hashing every line once with Node's SHA-256, measured in
// the same run. Median of several interleaved runs.
import { createHash } from 'node:crypto';
import { encodeEvents, MemoryEventStore, openPackage, sealOfLines } from '../core/index';
import { checkPackageSignature, nodeSha256Hex, temporarySigningKey } from '../node-adapters/index';
import { packageLines, wholeLines } from '../station-server/index';
import { generateJournal } from './generate-journal';
import { printTable } from './measure';

const TARGET = 100_000;
const RUNS = 5;

const medianOf = (times: number[]) =>
  [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;

export async function benchPackageProof(): Promise<void> {
  const engine = await generateJournal(new MemoryEventStore('bench-package'), TARGET);
  const lines = wholeLines(encodeEvents(engine.events));
  const exerciseId = engine.state.exerciseId;
  const signer = temporarySigningKey();
  let text = packageLines(lines, exerciseId, signer, { appVersion: 'bench' }).text;
  const measures: Record<string, () => void> = {
    floor: () => {
      for (const line of lines) createHash('sha256').update(line).digest('hex');
    },
    make: () => {
      text = packageLines(lines, exerciseId, signer, { appVersion: 'bench' }).text;
    },
    prove: () => {
      const opened = openPackage(text, {
        verify: checkPackageSignature,
        known: new Set(),
        hash: nodeSha256Hex,
      });
      if (!opened.ok) throw new Error(`the package does not prove: line ${opened.line}: ${opened.reason}`);
    },
    seal: () => {
      sealOfLines(exerciseId, lines, { fingerprint: signer.fingerprint, hash: nodeSha256Hex });
    },
  };
  const times = Object.fromEntries(Object.keys(measures).map((name) => [name, [] as number[]]));
  // Interleaved, so a slow moment of a loaded machine falls on every measure alike; run 0 warms up.
  for (let run = 0; run <= RUNS; run++)
    for (const [name, work] of Object.entries(measures)) {
      const start = performance.now();
      work();
      if (run > 0) times[name]?.push(performance.now() - start);
    }
  const base = medianOf(times.floor ?? []);
  const figure = (name: string) => {
    const median = medianOf(times[name] ?? []);
    return `${median.toFixed(0)} ms: ${(median / base).toFixed(2)}× the floor`;
  };
  const megabytes = (Buffer.byteLength(lines.join('\n')) / 1024 / 1024).toFixed(0);
  printTable(
    `Exercise packages: ${lines.length.toLocaleString('en')} journal lines, ${megabytes} MB; package ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB (median of ${RUNS} runs each)`,
    [
      ['floor: SHA-256 of every line once (Node)', `${base.toFixed(0)} ms`],
      ['make the package: chain, seal, signature (the backup)', figure('make')],
      ['prove it: chain, seal, signature (a restore, report)', figure('prove')],
      ['the seal: the head after every line (ENDEX, the report)', figure('seal')],
    ],
  );
}

if (process.argv[1]?.endsWith('package-proof.ts')) await benchPackageProof();
