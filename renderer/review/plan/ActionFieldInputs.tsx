import { useId, type Ref } from 'react';
import { useTranslate } from '../../state/index';
import { withObservation, type ActionDraft } from './action-draft';
import { observationsFirstFor, type PlanChoices } from './plan-choices';
import type { ActionField } from './plan-types';

/**
 * The fields of a corrective action, for adding one and for amending it: what (required), the owner (required,
 * a role or an organisation, suggested from the exercise), the due date, the objective and the observations
 * it answers (those of the chosen objective first).
 */
export function ActionFieldInputs({
  draft,
  onChange,
  choices,
  invalid,
  firstFieldRef,
}: {
  draft: ActionDraft;
  onChange: (draft: ActionDraft) => void;
  choices: PlanChoices;
  /** The fields the last check found wrong, marked for assistive technology. */
  invalid: ReadonlySet<ActionField>;
  firstFieldRef?: Ref<HTMLTextAreaElement>;
}) {
  const t = useTranslate();
  const id = useId();
  const ownersListId = `${id}-owners`;
  const set = (change: Partial<ActionDraft>) => onChange({ ...draft, ...change });
  const recordedOrder = choices.observations.map((observation) => observation.observationId);
  const offered = observationsFirstFor(choices.observations, draft.objectiveId || null);

  return (
    <>
      <label className="field">
        <span>{t('plan.form.what')}</span>
        <textarea
          ref={firstFieldRef}
          rows={2}
          required
          aria-invalid={invalid.has('what')}
          value={draft.what}
          onChange={(event) => set({ what: event.target.value })}
        />
      </label>
      <div className="form-row">
        <label className="field">
          <span>{t('plan.form.owner')}</span>
          <input
            list={ownersListId}
            required
            autoComplete="off"
            aria-invalid={invalid.has('owner')}
            value={draft.owner}
            onChange={(event) => set({ owner: event.target.value })}
          />
        </label>
        <datalist id={ownersListId}>
          {choices.owners.map((owner) => (
            <option key={`${owner.kind}:${owner.value}`} value={owner.value}>
              {t(`plan.owner.${owner.kind}`)}
            </option>
          ))}
        </datalist>
        <label className="field">
          <span>{t('plan.form.due')}</span>
          <input
            type="date"
            aria-invalid={invalid.has('due')}
            value={draft.due}
            onChange={(event) => set({ due: event.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('plan.form.objective')}</span>
          <select value={draft.objectiveId} onChange={(event) => set({ objectiveId: event.target.value })}>
            <option value="">{t('plan.form.noObjective')}</option>
            {choices.objectives.map((objective) => (
              <option key={objective.id} value={objective.id}>
                {objective.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="plan-observations">
        <legend>{t('plan.form.observations')}</legend>
        {offered.length === 0 ? <p className="muted">{t('plan.form.noObservations')}</p> : null}
        {offered.map((observation) => (
          <label key={observation.observationId} className="plan-observation-choice">
            <input
              type="checkbox"
              checked={draft.observationIds.includes(observation.observationId)}
              onChange={(event) =>
                set({
                  observationIds: withObservation(
                    draft.observationIds,
                    observation.observationId,
                    event.target.checked,
                    recordedOrder,
                  ),
                })
              }
            />
            <span>
              {t('plan.form.observation', {
                kind: t(`evaluator.kind.${observation.current.kind}`),
                text: observation.current.body,
              })}
              {observation.objectiveId ? (
                <span className="muted"> ({choices.words.objective(observation.objectiveId)})</span>
              ) : null}
            </span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
