// The table `npm test` prints at the end (scripts/run-checks.ts): how long each part took, how it ended,
// and the total, so a slow CI run shows which part to look at.

export type PartOutcome = { kind: 'passed' } | { kind: 'failed'; exitCode: number } | { kind: 'not run' };

export interface PartTime {
  name: string;
  /** Wall-clock seconds; 0 for a part that did not run. */
  seconds: number;
  outcome: PartOutcome;
}

function describeOutcome(outcome: PartOutcome): string {
  return outcome.kind === 'failed' ? `failed (exit ${outcome.exitCode})` : outcome.kind;
}

/** "9.4 s", "75.0 s (1 min 15 s)": seconds always, minutes too once they help. */
export function formatSeconds(seconds: number): string {
  const plain = `${seconds.toFixed(1)} s`;
  if (seconds < 60) return plain;
  const whole = Math.round(seconds);
  return `${plain} (${Math.floor(whole / 60)} min ${whole % 60} s)`;
}

export function formatCheckTimes(parts: readonly PartTime[], totalSeconds: number): string {
  const nameWidth = Math.max('total'.length, ...parts.map((part) => part.name.length));
  const timeOf = (part: PartTime) => (part.outcome.kind === 'not run' ? '-' : `${part.seconds.toFixed(1)} s`);
  const timeWidth = Math.max(...parts.map((part) => timeOf(part).length));
  const lines = parts.map(
    (part) =>
      `  ${part.name.padEnd(nameWidth)}  ${timeOf(part).padStart(timeWidth)}  ${describeOutcome(part.outcome)}`,
  );
  return [
    'npm test: time per part',
    ...lines,
    `  ${'total'.padEnd(nameWidth)}  ${formatSeconds(totalSeconds)}`,
  ].join('\n');
}
