import type { OpenDecision } from '../../core/index';
import { useTranslate } from '../state/index';

export type FieldValues = Record<string, string | boolean>;

/** The inputs of a decision's declared fields; `role` and `marking` fields choose from the exercise's lists. */
export function DecisionFields({
  idPrefix,
  fields,
  values,
  onChange,
  roles,
  markings,
}: {
  idPrefix: string;
  fields: OpenDecision['fields'];
  values: FieldValues;
  onChange: (name: string, value: string | boolean) => void;
  roles: readonly { id: string; title: string }[];
  markings: readonly { id: string; title: string }[];
}) {
  const t = useTranslate();
  return (
    <>
      {fields.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        const label = (
          <label htmlFor={id}>
            {field.label}
            {field.required ? ` ${t('station.required')}` : ''}
          </label>
        );
        const value = values[field.name];
        if (field.type === 'boolean') {
          return (
            <div className="form-row" key={field.name}>
              {label}
              <select
                id={id}
                value={value === true ? 'true' : value === false ? 'false' : ''}
                onChange={(event) =>
                  onChange(field.name, event.target.value === '' ? '' : event.target.value === 'true')
                }
              >
                <option value="">{t('station.choose')}</option>
                <option value="true">{t('station.yes')}</option>
                <option value="false">{t('station.no')}</option>
              </select>
            </div>
          );
        }
        const options =
          field.type === 'role'
            ? roles.map((role) => ({ id: role.id, title: role.title }))
            : field.type === 'marking'
              ? markings
              : (field.options ?? []).map((option) => ({
                  id: option,
                  title: field.optionLabels?.[option] ?? option,
                }));
        if (field.type === 'choice' || field.type === 'role' || field.type === 'marking') {
          return (
            <div className="form-row" key={field.name}>
              {label}
              <select
                id={id}
                value={String(value ?? '')}
                onChange={(event) => onChange(field.name, event.target.value)}
              >
                <option value="">{t('station.choose')}</option>
                {options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.title}
                  </option>
                ))}
              </select>
            </div>
          );
        }
        return (
          <div className="form-row" key={field.name}>
            {label}
            <input
              id={id}
              type={field.type === 'number' ? 'number' : 'text'}
              value={String(value ?? '')}
              onChange={(event) => onChange(field.name, event.target.value)}
            />
          </div>
        );
      })}
    </>
  );
}

/** Field values as the command carries them: numbers as numbers, blanks left out. */
export function fieldPayload(
  fields: OpenDecision['fields'],
  values: FieldValues,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined || value === '') continue;
    out[field.name] = field.type === 'number' && typeof value === 'string' ? Number(value) : value;
  }
  return out;
}
