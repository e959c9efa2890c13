import type { OpenDecision } from '../../core/index';
import type { Translator } from '../state/index';
import type { FieldValues } from './DecisionFields';

/** Keys of a decision form's own required answers among its field errors (field names are playbook ids). */
export const INSTANCE_ANSWER = ' instance';
export const RATIONALE_ANSWER = ' rationale';

export interface MissingAnswer {
  /** The field's name, or one of the form's own answers above. */
  key: string;
  /** The input to put focus on. */
  inputId: string;
  message: string;
}

/**
 * Every required answer of a decision form still missing, in the order they stand in the form (the case of
 * a new case, the declared fields, the rationale), so that all are flagged at once and focus goes to the
 * first one the participant meets.
 */
export function missingAnswers(
  t: Translator,
  form: {
    formId: string;
    instanceLabel: string | null;
    instance: string;
    fields: OpenDecision['fields'];
    values: FieldValues;
    rationale: string;
  },
): MissingAnswer[] {
  const missing: MissingAnswer[] = [];
  if (form.instanceLabel && form.instance.trim() === '')
    missing.push({
      key: INSTANCE_ANSWER,
      inputId: `${form.formId}-instance`,
      message: t('station.fieldMissing', { field: form.instanceLabel }),
    });
  for (const field of form.fields) {
    const value = form.values[field.name];
    if (field.required && (value === undefined || value === ''))
      missing.push({
        key: field.name,
        inputId: `${form.formId}-${field.name}`,
        message: t('station.fieldMissing', { field: field.label }),
      });
  }
  if (form.rationale.trim() === '')
    missing.push({
      key: RATIONALE_ANSWER,
      inputId: `${form.formId}-rationale`,
      message: t('station.rationaleMissing'),
    });
  return missing;
}
