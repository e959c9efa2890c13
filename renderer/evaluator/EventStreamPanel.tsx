import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { StationEvent } from '../../core/index';
import {
  creditKindWord,
  describeEvent,
  eventTypeName,
  formatScenarioClock,
  formatWallTime,
  type EventWords,
} from '../components/index';
import { useTranslate, useUiStore } from '../state/index';
import {
  filterStream,
  payloadSummary,
  streamCredit,
  streamFacets,
  WHO_FILTERS,
  type IsControlRole,
  type WhoFilter,
} from './stream-filter';

/** Fixed row height: the virtualizer needs no measuring, so 100,000 events scroll without layout work. */
const ROW_HEIGHT = 28;

const NO_CONTROL_ROLES: IsControlRole = () => false;

/**
 * The evaluator's event stream, read-only, newest first, filtered by type, role and who acted (people,
 * automated roles, control). Every event reads as a sentence in the evaluator's language, roles by their
 * titles; the ids stay on hover, for control's records. `isControl` comes from the exercise's playbook.
 */
export function EventStreamPanel({
  events,
  words,
  isControl = NO_CONTROL_ROLES,
}: {
  events: readonly StationEvent[];
  words: EventWords;
  isControl?: IsControlRole;
}) {
  const t = useTranslate();
  const language = useUiStore((store) => store.language);
  const [type, setType] = useState('');
  const [role, setRole] = useState('');
  const [who, setWho] = useState<WhoFilter>('');
  const count = events.length;
  // The stream only grows: its length says when facets and rows need computing again.
  const facets = useMemo(() => streamFacets(events), [count]);
  const typeOptions = useMemo(
    () =>
      facets.types
        .map((value) => ({ value, label: eventTypeName(value, t) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [facets, t, language],
  );
  const roleOptions = useMemo(
    () =>
      facets.roles
        .map((value) => ({ value, label: words.role(value) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [facets, words, language],
  );
  const rows = useMemo(
    () => filterStream(events, type, role, who, isControl),
    [count, type, role, who, isControl],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  // The same function until the rows change: a new one makes the virtualizer place every row again.
  const getItemKey = useCallback((index: number) => rows[index]?.streamSeq ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey,
  });

  return (
    <section aria-labelledby="stream-heading" className="evaluator-section">
      <h2 id="stream-heading">{t('evaluator.section.stream')}</h2>
      <div className="form-row">
        <label className="field">
          <span>{t('evaluator.stream.type')}</span>
          <select value={type} onChange={(event) => setType(event.target.value)}>
            <option value="">{t('evaluator.stream.all')}</option>
            {typeOptions.map(({ value, label }) => (
              <option key={value} value={value} title={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('evaluator.stream.role')}</span>
          <select value={role} onChange={(event) => setRole(event.target.value)}>
            <option value="">{t('evaluator.stream.all')}</option>
            {roleOptions.map(({ value, label }) => (
              <option key={value} value={value} title={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('evaluator.stream.who')}</span>
          <select value={who} onChange={(event) => setWho(whoFilterOf(event.target.value))}>
            <option value="">{t('evaluator.stream.all')}</option>
            {WHO_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`evaluator.stream.who.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <p role="status" className="muted">
          {t('evaluator.stream.count', { shown: rows.length, total: count })}
        </p>
      </div>
      <div
        ref={scrollRef}
        className="stream-scroll"
        tabIndex={0}
        role="list"
        aria-label={t('evaluator.stream.list')}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const event = rows[item.index] as StationEvent;
            const actor = event.actor ? (event.actor.actingAs ?? event.actor.role) : '';
            const credit = streamCredit(event, isControl);
            const sentence = describeEvent(event, words, t);
            return (
              <div
                key={item.key}
                role="listitem"
                className="stream-row"
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <span className="stream-seq">{event.streamSeq}</span>
                <span>{formatScenarioClock(event.scenarioMs)}</span>
                <span className="muted">{formatWallTime(event.wallMs, language)}</span>
                <span className="stream-type" title={event.type}>
                  {eventTypeName(event.type, t)}
                </span>
                <span className="stream-actor" title={actor}>
                  {actor ? words.role(actor) : ''}
                  {credit.kind !== 'engine' ? (
                    <span className={`credit-badge credit-${credit.kind}`}>
                      {creditKindWord(credit.kind, t)}
                    </span>
                  ) : null}
                </span>
                <span className="stream-summary" title={`${sentence}\n${payloadSummary(event)}`}>
                  {sentence}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}

function whoFilterOf(value: string): WhoFilter {
  return WHO_FILTERS.find((filter) => filter === value) ?? '';
}
