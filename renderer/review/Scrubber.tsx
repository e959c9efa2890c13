import { memo, useCallback, useId } from 'react';
import { formatScenarioClock } from '../components/index';
import { useTranslate } from '../state/index';
import { neighbourKeyEvent, type KeyEvent } from './key-events';
import { PLAYBACK_SPEEDS, usePlayback, type PlaybackSpeed } from './use-playback';

/** The marks' drawing width; the SVG stretches to the slider's. */
const MARKS_WIDTH = 1000;

/**
 * The review's scrubber over scenario time: a slider (arrow keys move a step, Page Up/Down a tenth, Home/End
 * the ends), the key events marked beneath it and listed to jump to, previous/next key event, and playback
 * at a chosen speed.
 */
export function Scrubber({
  value,
  endMs,
  events,
  onChange,
}: {
  value: number;
  endMs: number;
  events: readonly KeyEvent[];
  onChange: (scenarioMs: number) => void;
}) {
  const t = useTranslate();
  const ids = useId();
  const playback = usePlayback(value, endMs, onChange);
  // A step of a thousandth of the exercise, at least a second: arrow keys cross a long exercise in minutes.
  const step = Math.max(1000, Math.round(endMs / 1000 / 1000) * 1000);
  const { stop } = playback;
  const jumpTo = useCallback(
    (scenarioMs: number) => {
      stop();
      onChange(scenarioMs);
    },
    [stop, onChange],
  );
  const jump = (direction: 'next' | 'previous') => {
    const target = neighbourKeyEvent(events, value, direction);
    if (!target) return;
    playback.stop();
    onChange(target.scenarioMs);
  };

  return (
    <div className="review-scrubber" role="group" aria-label={t('review.scrubber')}>
      <div className="review-scrubber-track">
        <label htmlFor={`${ids}-time`}>{t('review.scrubber.time')}</label>
        <input
          id={`${ids}-time`}
          type="range"
          min={0}
          max={endMs}
          step={step}
          value={value}
          aria-valuetext={formatScenarioClock(value)}
          onChange={(event) => {
            playback.stop();
            onChange(Number(event.target.value));
          }}
        />
        <output htmlFor={`${ids}-time`} className="review-clock">
          {formatScenarioClock(value)}
        </output>
        <KeyEventMarks events={events} endMs={endMs} />
      </div>
      <div className="review-scrubber-controls">
        <button type="button" className="secondary" onClick={() => jump('previous')}>
          {t('review.scrubber.previous')}
        </button>
        <button type="button" onClick={playback.toggle} aria-pressed={playback.playing}>
          {playback.playing ? t('review.scrubber.pause') : t('review.scrubber.play')}
        </button>
        <button type="button" className="secondary" onClick={() => jump('next')}>
          {t('review.scrubber.next')}
        </button>
        <label>
          {t('review.scrubber.speed')}{' '}
          <select
            value={playback.speed}
            onChange={(event) => playback.setSpeed(Number(event.target.value) as PlaybackSpeed)}
          >
            {PLAYBACK_SPEEDS.map((speed) => (
              <option key={speed} value={speed}>
                {t('review.scrubber.speedValue', { speed })}
              </option>
            ))}
          </select>
        </label>
        <JumpList events={events} onJump={jumpTo} />
      </div>
    </div>
  );
}

/**
 * The key events as marks beneath the slider: drawn once per log, not on every move of the scrubber (a long
 * exercise has thousands of decisions).
 */
const KeyEventMarks = memo(function KeyEventMarks({
  events,
  endMs,
}: {
  events: readonly KeyEvent[];
  endMs: number;
}) {
  const x = (scenarioMs: number) => (endMs > 0 ? (scenarioMs / endMs) * MARKS_WIDTH : 0);
  return (
    <svg
      className="review-marks"
      viewBox={`0 0 ${MARKS_WIDTH} 14`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      {events.map((event) => (
        <line
          key={`${event.seq}-${event.kind}`}
          className={`review-mark review-mark-${event.kind}`}
          x1={x(event.scenarioMs)}
          x2={x(event.scenarioMs)}
          y1={event.kind === 'decision' ? 8 : 0}
          y2={14}
        />
      ))}
    </svg>
  );
});

/** The phase changes, starts and ENDEX to jump to; decisions are stepped through with previous/next. */
const JumpList = memo(function JumpList({
  events,
  onJump,
}: {
  events: readonly KeyEvent[];
  onJump: (scenarioMs: number) => void;
}) {
  const t = useTranslate();
  const listed = events.filter((event) => event.kind !== 'decision');
  return (
    <label>
      {t('review.scrubber.jump')}{' '}
      <select
        value=""
        onChange={(event) => {
          if (event.target.value !== '') onJump(Number(event.target.value));
        }}
      >
        <option value="">{t('review.scrubber.jumpPick', { count: listed.length })}</option>
        {listed.map((event) => (
          <option key={`${event.seq}-${event.kind}`} value={event.scenarioMs}>
            {`${formatScenarioClock(event.scenarioMs)} · ${event.label}`}
          </option>
        ))}
      </select>
    </label>
  );
});
