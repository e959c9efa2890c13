/** A span of scenario time as controllers say it: `45m`, `2h 30m`, `3d 4h`; `0m` for under a minute. */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts =
    days > 0
      ? [`${days}d`, hours > 0 ? `${hours}h` : '']
      : hours > 0
        ? [`${hours}h`, rest > 0 ? `${rest}m` : '']
        : [`${rest}m`];
  return `${ms < 0 ? '−' : ''}${parts.filter(Boolean).join(' ')}`;
}
