import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InlineActionForm } from './InlineActionForm';

function renderForm(overrides: { locked?: string | null; busy?: boolean } = {}) {
  const onSubmit = vi.fn(async () => {});
  const onDone = vi.fn();
  const onReason = vi.fn();
  render(
    <InlineActionForm
      heading="Withdraw CA-1"
      reasonLabel="Reason for withdrawing it"
      reason="Done already"
      onReason={onReason}
      reasonInvalid={false}
      problems={[]}
      refusal={null}
      busy={overrides.busy ?? false}
      locked={overrides.locked ?? null}
      submitLabel="Withdraw the action"
      onSubmit={onSubmit}
      onDone={onDone}
    >
      <label>
        Extra field
        <input />
      </label>
    </InlineActionForm>,
  );
  return { onSubmit, onDone, onReason };
}

describe('InlineActionForm', () => {
  it('is a form named by its heading, holding the fields, the reason and the buttons', async () => {
    const { onSubmit, onReason } = renderForm();
    const form = screen.getByRole('form', { name: 'Withdraw CA-1' });
    expect(form).toContainElement(screen.getByLabelText('Extra field'));
    await userEvent.type(screen.getByLabelText('Reason for withdrawing it'), '!');
    expect(onReason).toHaveBeenLastCalledWith('Done already!');
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw the action' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('closes with Escape or cancel, even when recording is off', async () => {
    const { onDone } = renderForm({ locked: 'Host unreachable' });
    expect(screen.getByRole('button', { name: 'Withdraw the action' })).toBeDisabled();
    expect(screen.getByLabelText('Reason for withdrawing it')).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDone).toHaveBeenCalledTimes(1);
    screen.getByRole('button', { name: 'Cancel' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(onDone).toHaveBeenCalledTimes(2);
  });
});
