import type { ExerciseHeading, HostClock } from '../../core/index';
import { formatInWorld, formatScenarioClock, useHostClock } from '../components/index';
import { useTranslate, useUiStore } from '../state/index';

const STATUS_KEY = {
  ready: 'station.clockReady',
  running: 'station.clockRunning',
  paused: 'station.clockPaused',
  ended: 'station.clockEnded',
} as const;

/**
 * The header line: scenario time (T+), in-world date and time, and whether the clock runs. A paused clock is
 * shown as paused (a pause sign, a dimmed time and a note), so a stopped time is never read as live.
 */
export function StationClock({
  clock,
  heading,
}: {
  clock: HostClock | null;
  heading: ExerciseHeading | null;
}) {
  const t = useTranslate();
  const language = useUiStore((store) => store.language);
  const scenarioMs = useHostClock(clock);
  const status = clock ? STATUS_KEY[clock.status as keyof typeof STATUS_KEY] : undefined;
  const paused = clock?.status === 'paused';
  return (
    <div
      className={paused ? 'station-clock clock-is-paused' : 'station-clock'}
      role="region"
      aria-label={t('common.scenarioTime')}
    >
      {scenarioMs === null ? (
        <span className="muted">{t('station.clockUnknown')}</span>
      ) : (
        <>
          <span className="clock-scenario" title={t('common.scenarioTime')}>
            {paused ? <span aria-hidden="true">⏸ </span> : null}
            {formatScenarioClock(scenarioMs)}
          </span>
          {heading ? (
            <span className="clock-world" title={t('common.inWorldTime')}>
              {formatInWorld(heading.start, scenarioMs, language)} ({heading.start.timeZone})
            </span>
          ) : null}
          <span className="clock-status">
            {status ? t(status) : clock?.status}
            {clock && clock.status === 'running'
              ? ` · ${clock.speed === 'max' ? t('station.clockMax') : t('station.clockSpeed', { speed: clock.speed })}`
              : ''}
          </span>
          {paused ? <span className="clock-paused-note">{t('station.clockPausedNote')}</span> : null}
        </>
      )}
    </div>
  );
}
