import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ExerciseReadModels } from '../../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../../test/fixtures/fixtures';
import { logEvent } from '../../../test/fixtures/log-event';
import { eventWordsFrom } from '../../components/index';
import { ActionFieldInputs } from './ActionFieldInputs';
import { EMPTY_DRAFT, type ActionDraft } from './action-draft';
import { planChoices } from './plan-choices';
import type { ActionField } from './plan-types';

// The mini scenario's one objective: obj-alert, "Alert partners fast". OBS-1 is on no objective, OBS-2 on it.
const content = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});
const choicesOf = (observations: boolean) =>
  planChoices(
    ExerciseReadModels.of(
      observations
        ? [
            logEvent(1, 'observation.recorded', {
              observationId: 'OBS-1',
              kind: 'improvement',
              text: 'Press line was late',
            }),
            logEvent(2, 'observation.recorded', {
              observationId: 'OBS-2',
              objectiveId: 'obj-alert',
              kind: 'strength',
              text: 'Alert went out at once',
            }),
          ]
        : [],
      content,
    ),
    eventWordsFrom(content),
  );

/** The inputs in a form of their own, holding the draft as the plan's forms do; each change is kept. */
function renderInputs(options: { observations?: boolean; invalid?: ActionField[] } = {}) {
  const drafts: ActionDraft[] = [];
  function Holder() {
    const [draft, setDraft] = useState(EMPTY_DRAFT);
    return (
      <form aria-label="Action">
        <ActionFieldInputs
          draft={draft}
          onChange={(next) => {
            drafts.push(next);
            setDraft(next);
          }}
          choices={choicesOf(options.observations ?? true)}
          invalid={new Set(options.invalid ?? [])}
        />
      </form>
    );
  }
  render(<Holder />);
  return { drafts, form: screen.getByRole('form', { name: 'Action' }) };
}

const checkboxNames = (form: HTMLElement) =>
  within(form)
    .getAllByRole('checkbox')
    .map((box) => box.closest('label')?.textContent);

describe('ActionFieldInputs', () => {
  it('fills the draft from every field', async () => {
    const user = userEvent.setup();
    const { drafts, form } = renderInputs();
    await user.type(within(form).getByLabelText('What is to be done'), 'Rehearse');
    await user.type(within(form).getByLabelText('Owner: a role or an organisation'), 'NATO');
    await user.type(within(form).getByLabelText('Due date (optional)'), '2027-06-30');
    await user.selectOptions(
      within(form).getByLabelText('Objective it answers (optional)'),
      'Alert partners fast',
    );
    await user.click(within(form).getByRole('checkbox', { name: /Press line was late/ }));
    expect(drafts.at(-1)).toEqual({
      what: 'Rehearse',
      owner: 'NATO',
      due: '2027-06-30',
      objectiveId: 'obj-alert',
      observationIds: ['OBS-1'],
    });
  });

  it('suggests the exercise’s roles and organisations for the owner', () => {
    const { form } = renderInputs();
    const owner = within(form).getByLabelText('Owner: a role or an organisation');
    const list = document.getElementById(owner.getAttribute('list') ?? '');
    expect(list?.tagName).toBe('DATALIST');
    const options = [...(list?.querySelectorAll('option') ?? [])].map((option) => [
      option.value,
      option.textContent,
    ]);
    expect(options.slice(0, 2)).toEqual([
      ['Presidency', 'role'],
      ['Member State A', 'role'],
    ]);
    expect(options).toContainEqual(['State A', 'organisation']);
  });

  it('offers the observations of the chosen objective first, by kind and text, with their objective', async () => {
    const user = userEvent.setup();
    const { form } = renderInputs();
    expect(checkboxNames(form)).toEqual([
      'Area for improvement: Press line was late',
      'Strength: Alert went out at once (Alert partners fast)',
    ]);
    await user.selectOptions(
      within(form).getByLabelText('Objective it answers (optional)'),
      'Alert partners fast',
    );
    expect(checkboxNames(form)).toEqual([
      'Strength: Alert went out at once (Alert partners fast)',
      'Area for improvement: Press line was late',
    ]);
  });

  it('says when there is no observation to answer', () => {
    const { form } = renderInputs({ observations: false });
    expect(within(form).getByRole('group', { name: 'Observations it answers (optional)' })).toHaveTextContent(
      'No observation has been recorded.',
    );
  });

  it('marks the fields at fault invalid, and only those', () => {
    const { form } = renderInputs({ invalid: ['owner', 'due'] });
    expect(within(form).getByLabelText('Owner: a role or an organisation')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(within(form).getByLabelText('Due date (optional)')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('What is to be done')).toHaveAttribute('aria-invalid', 'false');
  });
});
