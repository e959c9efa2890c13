import type { ExerciseHeading, HostClock } from '../../core/index';
import { formatInWorld, formatScenarioClock, useHostClock } from '../components/index';
import { useTranslate, useUiStore } from '../state/index';

/** Scenario and in-world time, ticking on its own so the rest of the screen does not re-render with it. */
export function ScenarioClock({
  clock,
  heading,
}: {
  clock: HostClock | null;
  heading: ExerciseHeading | null;
}) {
  const t = useTranslate();
  const language = useUiStore((store) => store.language);
  const scenarioMs = useHostClock(clock) ?? 0;
  const status = clock?.status;
  const word = status === 'running' || status === 'paused' || status === 'ended' ? status : 'ready';
  return (
    <>
      <span aria-label={t('common.scenarioTime')} className="evaluator-clock">
        {formatScenarioClock(scenarioMs)}
      </span>
      {heading ? (
        <span aria-label={t('common.inWorldTime')}>{formatInWorld(heading.start, scenarioMs, language)}</span>
      ) : null}
      {clock ? <span className="muted">{t(`evaluator.clock.${word}`)}</span> : null}
    </>
  );
}
