import type { OpenDecision } from '../../core/index';
import { useTranslate } from '../state/index';

export type FieldValues = Record<string, string | boolean>;

/**
 * The inputs of a decision's declared fields; `role` and `marking` fields choose from the exercise's lists.
 * A field named in `errors` is marked invalid, with its message as its description.
 */
export function DecisionFields({
  idPrefix,
  fields,
  values,
  onChange,
  roles,
  markings,
  errors = {},
}: {
  idPrefix: string;
  fields: OpenDecision['fields'];
  values: FieldValues;
  onChange: (name: string, value: string | boolean) => void;
  roles: readonly { id: string; title: string }[];
  markings: readonly { id: string; title: string }[];
  /** Messages for the fields found missing, by field name. */
  errors?: Readonly<Record<string, string>>;
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
        const error = errors[field.name];
        const invalid = error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
        const message = error ? <FieldError id={`${id}-error`} message={error} /> : null;
        if (field.type === 'boolean') {
          return (
            <div className="form-row" key={field.name}>
              {label}
              <select
                id={id}
                {...invalid}
                value={value === true ? 'true' : value === false ? 'false' : ''}
                onChange={(event) =>
                  onChange(field.name, event.target.value === '' ? '' : event.target.value === 'true')
                }
              >
                <option value="">{t('station.choose')}</option>
                <option value="true">{t('station.yes')}</option>
                <option value="false">{t('station.no')}</option>
              </select>
              {message}
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
                {...invalid}
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
              {message}
            </div>
          );
        }
        return (
          <div className="form-row" key={field.name}>
            {label}
            <input
              id={id}
              {...invalid}
              type={field.type === 'number' ? 'number' : 'text'}
              value={String(value ?? '')}
              onChange={(event) => onChange(field.name, event.target.value)}
            />
            {message}
          </div>
        );
      })}
    </>
  );
}

/** What is wrong with one field, under it; the field names it as its description. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="field-error">
      {message}
    </p>
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
