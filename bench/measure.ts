/** Median wall time of `runs` calls of `work`, after `warmup` calls, in milliseconds. */
export function medianMs(work: () => void, runs = 30, warmup = 5): number {
  for (let index = 0; index < warmup; index++) work();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export function printTable(title: string, rows: readonly (readonly [string, string])[]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${title}`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}
