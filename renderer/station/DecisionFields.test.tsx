import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OpenDecision } from '../../core/index';
import { DecisionFields, fieldPayload, type FieldValues } from './DecisionFields';

const fields: OpenDecision['fields'] = [
  { name: 'teams', label: 'Teams sent', type: 'number', required: true },
  { name: 'urgent', label: 'Urgent', type: 'boolean', required: false },
  { name: 'mode', label: 'Mode', type: 'choice', options: ['full', 'monitoring'], required: true },
  { name: 'lead', label: 'Lead role', type: 'role', required: false },
  { name: 'release', label: 'Releasable to', type: 'marking', required: false },
  { name: 'note', label: 'Note', type: 'text', required: false },
];

function show(values: FieldValues = {}) {
  const changes: [string, string | boolean][] = [];
  render(
    <DecisionFields
      idPrefix="d"
      fields={fields}
      values={values}
      onChange={(name, value) => changes.push([name, value])}
      roles={[
        { id: 'ms-a', title: 'Member State A' },
        { id: 'ms-b', title: 'Member State B' },
      ]}
      markings={[{ id: 'EU-ONLY', title: 'EU only' }]}
    />,
  );
  return changes;
}

const optionTexts = (select: HTMLElement) =>
  [...select.querySelectorAll('option')].map((option) => option.textContent);

describe('DecisionFields', () => {
  it('draws each field type with its own input, required ones labelled so', () => {
    show();
    expect(screen.getByLabelText('Teams sent (required)')).toHaveAttribute('type', 'number');
    expect(screen.getByLabelText('Note')).toHaveAttribute('type', 'text');
    expect(optionTexts(screen.getByLabelText('Urgent'))).toEqual(['Choose…', 'Yes', 'No']);
    expect(optionTexts(screen.getByLabelText('Mode (required)'))).toEqual(['Choose…', 'full', 'monitoring']);
    expect(optionTexts(screen.getByLabelText('Lead role'))).toEqual([
      'Choose…',
      'Member State A',
      'Member State B',
    ]);
    expect(optionTexts(screen.getByLabelText('Releasable to'))).toEqual(['Choose…', 'EU only']);
  });

  it('reports a yes/no choice as a boolean and a cleared one as blank; other fields as their text', () => {
    const changes = show({ urgent: true });
    expect(screen.getByLabelText('Urgent')).toHaveValue('true');
    fireEvent.change(screen.getByLabelText('Urgent'), { target: { value: 'false' } });
    fireEvent.change(screen.getByLabelText('Urgent'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Lead role'), { target: { value: 'ms-b' } });
    fireEvent.change(screen.getByLabelText('Teams sent (required)'), { target: { value: '3' } });
    expect(changes).toEqual([
      ['urgent', false],
      ['urgent', ''],
      ['lead', 'ms-b'],
      ['teams', '3'],
    ]);
  });
});

describe('fieldPayload', () => {
  it('carries numbers as numbers and booleans as booleans, leaving blanks and unset fields out', () => {
    expect(
      fieldPayload(fields, { teams: '12', urgent: false, mode: 'full', lead: '', note: 'asap' }),
    ).toEqual({
      teams: 12,
      urgent: false,
      mode: 'full',
      note: 'asap',
    });
  });

  it('sends only the declared fields', () => {
    expect(fieldPayload(fields, { stray: 'x', release: 'EU-ONLY' })).toEqual({ release: 'EU-ONLY' });
  });
});
