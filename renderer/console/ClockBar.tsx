import { useEffect, useState } from 'react';
import { formatInWorld, formatScenarioClock, formatWallTime, useCommand } from '../components/index';
import { useTranslate, useUiStore } from '../state/index';
import type { ConsoleProps } from './console-props';
import { SafetyStop } from './SafetyStop';
import { useLiveScenarioTime } from './use-live-scenario-time';

const SPEEDS = [1, 5, 30, 60, 'max'] as const;
type Speed = (typeof SPEEDS)[number];

/** The speed a select option or a shortcut names, as `exercise/speed` takes it. */
const speedNamed = (name: string): Speed | undefined => SPEEDS.find((speed) => String(speed) === name);

/** Whether a key press belongs to a text field rather than to the console's shortcuts. */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** The exercise clock: T+, in-world and wall time always visible; start, pause, speed, jump, ENDEX, NO PLAY. */
export function ClockBar({ view, send }: ConsoleProps) {
  const t = useTranslate();
  const language = useUiStore((state) => state.language);
  const { clock, noPlay } = view.state;
  const { scenarioMs, wallMs } = useLiveScenarioTime(view);
  const { run, refusal } = useCommand(send);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const heading = view.heading();
  const disabled = view.readOnly || clock.status === 'ended';

  const toggle = () => {
    if (clock.status === 'ready') void run('exercise/start', {});
    else if (clock.status === 'running') void run('exercise/pause', {});
    else if (clock.status === 'paused') void run('exercise/resume', {});
  };
  const changeSpeed = (speed: Speed | undefined) => {
    if (speed !== undefined) void run('exercise/speed', { speed });
  };

  useEffect(() => {
    if (disabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === ' ') {
        event.preventDefault();
        toggle();
      } else if (event.key === 'n' || event.key === 'N') void run('exercise/jump-next', {});
      else if (/^[1-5]$/.test(event.key)) changeSpeed(SPEEDS[Number(event.key) - 1]);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <section className="clock-bar" aria-label={t('console.clock')}>
      <div className="clock-readouts">
        <span className={`status status-${clock.status}`}>{t(`console.status.${clock.status}`)}</span>
        <span className="clock-big" aria-label={t('common.scenarioTime')}>
          {formatScenarioClock(scenarioMs)}
        </span>
        <span>
          <span className="muted">{t('common.inWorldTime')}</span>{' '}
          {formatInWorld(heading.start, scenarioMs, language)}
        </span>
        <span>
          <span className="muted">{t('common.wallTime')}</span> {formatWallTime(wallMs, language)}
        </span>
      </div>
      <div className="clock-controls">
        <button type="button" onClick={toggle} disabled={disabled || noPlay}>
          {clock.status === 'ready'
            ? t('console.start')
            : clock.status === 'running'
              ? t('console.pause')
              : t('console.resume')}
        </button>
        <label className="inline">
          {t('console.speed')}
          <select
            value={String(clock.speed)}
            disabled={disabled}
            onChange={(event) => changeSpeed(speedNamed(event.target.value))}
          >
            {SPEEDS.map((speed) => (
              <option key={speed} value={String(speed)}>
                {speed === 'max' ? t('console.speedMax') : `${speed}×`}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="secondary"
          disabled={disabled}
          onClick={() => void run('exercise/jump-next', {})}
        >
          {t('console.jumpNext')}
        </button>
        <button type="button" className="secondary" disabled={disabled} onClick={() => setConfirmEnd(true)}>
          {t('console.end')}
        </button>
        <SafetyStop view={view} send={send} />
        <span className="muted shortcuts">{t('console.shortcuts')}</span>
      </div>
      {refusal ? (
        <p role="alert" className="problems">
          {refusal}
        </p>
      ) : null}
      {confirmEnd ? (
        <div role="alertdialog" aria-modal="true" aria-labelledby="endex-text" className="dialog">
          <p id="endex-text">{t('console.endConfirm')}</p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirmEnd(false);
              void run('exercise/end', {});
            }}
          >
            ENDEX
          </button>{' '}
          <button type="button" className="secondary" autoFocus onClick={() => setConfirmEnd(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
