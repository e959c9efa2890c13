import { useState, type FormEvent } from 'react';
import type { ExerciseReadModels, GivenRating } from '../../core/index';
import { formatScenarioClock, formatWallTime, useCommand, type SendCommand } from '../components/index';
import { useTranslate, useUiStore } from '../state/index';

const RATINGS = ['P', 'S', 'M', 'U'] as const;
type Rating = (typeof RATINGS)[number];

/** P/S/M/U per objective, each with a required justification; the latest rating stands. */
export function RatingsPanel({
  models,
  send,
  locked,
}: {
  models: ExerciseReadModels;
  send: SendCommand;
  /** Why rating is off (the host unreachable, …); null when it is on. */
  locked: string | null;
}) {
  const t = useTranslate();
  const { scenario } = models.content;
  // The stream's evaluation log, read as it stands at this render (it folds in place, nothing to memoise).
  const ratings = models.evaluation.ratings();
  return (
    <section aria-labelledby="ratings-heading" className="evaluator-section">
      <h2 id="ratings-heading">{t('evaluator.section.ratings')}</h2>
      <p className="muted">{t('evaluator.rating.scale')}</p>
      {scenario.objectives.map((objective) => (
        <article key={objective.id} className="guide-objective">
          <h3>{objective.title}</h3>
          <RatingHistory given={ratings.get(objective.id) ?? []} />
          <RatingForm
            objectiveId={objective.id}
            objectiveTitle={objective.title}
            send={send}
            locked={locked}
          />
        </article>
      ))}
    </section>
  );
}

function RatingHistory({ given }: { given: readonly GivenRating[] }) {
  const t = useTranslate();
  const language = useUiStore((store) => store.language);
  const latest = given.at(-1);
  if (!latest) return <p className="muted">{t('evaluator.rating.none')}</p>;
  return (
    <div>
      <p>
        <span className={`rating rating-${latest.rating}`}>{t(`evaluator.rating.${latest.rating}`)}</span>{' '}
        {latest.rationale}
      </p>
      {given.length > 1 ? (
        <details>
          <summary>{t('evaluator.rating.earlier', { count: given.length - 1 })}</summary>
          <ul>
            {given.slice(0, -1).map((rating, index) => (
              <li key={index}>
                {formatScenarioClock(rating.scenarioMs)} · {formatWallTime(rating.wallMs, language)} ·{' '}
                {rating.rating} · {rating.rationale}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function RatingForm({
  objectiveId,
  objectiveTitle,
  send,
  locked,
}: {
  objectiveId: string;
  objectiveTitle: string;
  send: SendCommand;
  locked: string | null;
}) {
  const t = useTranslate();
  const [rating, setRating] = useState<Rating | null>(null);
  const [rationale, setRationale] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, refusal, run } = useCommand(send);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!rating) return setProblem(t('evaluator.rating.chooseOne'));
    if (!rationale.trim()) return setProblem(t('evaluator.rating.justificationRequired'));
    setProblem(null);
    if (await run('rating/give', { objectiveId, rating, rationale: rationale.trim() })) {
      setRationale('');
      setRating(null);
    }
  };

  return (
    <form
      className="evaluator-form"
      onSubmit={(event) => void submit(event)}
      aria-label={t('evaluator.rating.formFor', { objective: objectiveTitle })}
    >
      <fieldset className="evaluator-fieldset" disabled={locked !== null}>
        <fieldset className="rating-choices">
          <legend>{t('evaluator.rating.legend')}</legend>
          {RATINGS.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`rating-${objectiveId}`}
                value={value}
                checked={rating === value}
                onChange={() => setRating(value)}
              />
              {t(`evaluator.rating.${value}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('evaluator.rating.justification')}</span>
          <textarea rows={2} value={rationale} onChange={(event) => setRationale(event.target.value)} />
        </label>
        {(problem ?? refusal) ? (
          <p role="alert" className="evaluator-error">
            {problem ?? refusal}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {t('evaluator.rating.give')}
        </button>
      </fieldset>
      {locked !== null ? <p className="evaluator-locked muted">{locked}</p> : null}
    </form>
  );
}
