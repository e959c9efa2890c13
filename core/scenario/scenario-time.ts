import { durationToMs } from '../documents/index';

/** Milliseconds after T0 of a scenario time written `T+3d4h` (or `T+0`). */
export function scenarioTimeToMs(text: string): number {
  const duration = text.replace(/^T\+/, '');
  return duration === '0' ? 0 : durationToMs(duration);
}

/** `T+3d4h` from milliseconds after T0 (whole minutes). */
export function formatScenarioTime(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes === 0) return 'T+0';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  return `T+${days ? `${days}d` : ''}${hours ? `${hours}h` : ''}${rest ? `${rest}m` : ''}`;
}
