import { useMemo, useState } from 'react';
import { commandLock, hasEnded, type ExerciseHeading, type StationState } from '../../core/index';
import { eventWordsFrom, ExerciseBanner, NoPlayOverlay, type SendCommand } from '../components/index';
import { markingOf } from '../report/index';
import { ReviewScreen } from '../review/index';
import { useTranslate } from '../state/index';
import { CopyNotice } from '../station/index';
import { EvaluationGuide } from './EvaluationGuide';
import { evaluatorLockText } from './evaluator-lock';
import { EventStreamPanel } from './EventStreamPanel';
import { asLoggedEvent, exerciseContent, noPlayNotice } from './exercise-context';
import { MetricsPanel } from './MetricsPanel';
import { ObservationsPanel } from './ObservationsPanel';
import { RatingsPanel } from './RatingsPanel';
import { ScenarioClock } from './ScenarioClock';
import { useStreamModels } from './use-stream-models';
import './evaluator.css';

const SECTIONS = ['guide', 'observations', 'ratings', 'metrics', 'stream', 'review'] as const;
type Section = (typeof SECTIONS)[number];

export interface EvaluatorScreenProps {
  state: StationState;
  heading: ExerciseHeading | null;
  send: SendCommand;
  /** Replace the station's copy with the host's (offered when the copy is ahead of the host). */
  onReplaceCopy?: () => Promise<void>;
}

/** The evaluator station: what reached the evaluation role, and the evaluator's own commands. */
export function EvaluatorScreen({ state, heading, send, onReplaceCopy }: EvaluatorScreenProps) {
  const t = useTranslate();
  const [section, setSection] = useState<Section>('guide');
  const created = state.events.find((event) => event.type === 'exercise.created');
  // The documents change only with `exercise.created`.
  const checked = useMemo(() => exerciseContent(created ? [created] : []), [created]);
  // One fold of the stream for every panel that reads it.
  const models = useStreamModels(state.events, checked?.ok ? checked.content : null);
  const words = useMemo(() => (checked?.ok ? eventWordsFrom(checked.content) : null), [checked]);
  const notice = noPlayNotice(state.events);
  // Control roles from the exercise's own playbook: the stream credits people, control and automated roles.
  const isControl = useMemo(() => {
    const playbook = checked?.ok ? checked.content.playbook : null;
    return (role: string) => playbook?.role(role)?.audience === 'control';
  }, [checked]);
  // Every evaluation command is locked alike (they share the engine's authority), so one answer serves all.
  const { copy, unhosted, clock, events } = state;
  const inputs = useMemo(() => ({ copy, unhosted, clock, events }), [copy, unhosted, clock, events]);
  const lock = commandLock(inputs, 'observation/record');
  const locked = evaluatorLockText(t, lock);
  const ended = useMemo(() => hasEnded(inputs), [inputs]);

  return (
    <div className="evaluator">
      <ExerciseBanner
        marking={heading?.marking}
        context={
          heading
            ? t('evaluator.context', { role: words?.role(state.role) ?? state.role, name: heading.name })
            : (words?.role(state.role) ?? state.role)
        }
      />
      <main>
        <div className="evaluator-head">
          <h2>{t('evaluator.title')}</h2>
          <ScenarioClock clock={state.clock} heading={heading} />
        </div>
        {!state.hostOnline && unhosted === null ? (
          <p role="status" className="evaluator-offline">
            {t('evaluator.offline')}
          </p>
        ) : null}
        {lock?.kind === 'not-found' ? (
          <p role="status" className="evaluator-offline">
            {locked}
          </p>
        ) : null}
        {ended ? <p className="muted">{t('evaluator.ended')}</p> : null}
        <CopyNotice copy={copy} pending={state.pending.length} onReplace={onReplaceCopy} />
        {state.refusal ? (
          <p role="alert" className="evaluator-error">
            {state.refusal}
          </p>
        ) : null}
        <nav aria-label={t('evaluator.sections')} className="evaluator-tabs">
          {SECTIONS.map((name) => (
            <button
              key={name}
              type="button"
              className="secondary"
              aria-pressed={section === name}
              onClick={() => setSection(name)}
            >
              {t(`evaluator.section.${name}`)}
            </button>
          ))}
        </nav>
        {checked && !checked.ok ? (
          <p role="alert" className="evaluator-error">
            {t('evaluator.contentRefused', { reason: `${checked.field}: ${checked.reason}` })}
          </p>
        ) : null}
        {!models || !words ? (
          <p className="muted">{t('evaluator.waiting')}</p>
        ) : section === 'guide' ? (
          <EvaluationGuide models={models} send={send} locked={locked} />
        ) : section === 'observations' ? (
          <ObservationsPanel events={state.events} models={models} send={send} locked={locked} />
        ) : section === 'ratings' ? (
          <RatingsPanel models={models} send={send} locked={locked} />
        ) : section === 'metrics' ? (
          <MetricsPanel models={models} />
        ) : section === 'review' ? (
          <ReviewScreen
            models={models}
            log={{ marking: markingOf(state.events), events: () => state.events.map(asLoggedEvent) }}
            send={send}
            locked={locked}
          />
        ) : (
          <EventStreamPanel events={state.events} isControl={isControl} words={words} />
        )}
      </main>
      {notice !== null ? <NoPlayOverlay notice={notice} /> : null}
    </div>
  );
}
