import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CommandReply } from '../../core/index';
import { MarkActionForm } from './MarkActionForm';
import type { SendCommand } from './use-command';

const reply = (ok: boolean): CommandReply =>
  ok
    ? { ok: true, commandId: 'c-1', seqs: [9] }
    : { ok: false, commandId: 'c-1', code: 'not-allowed', reason: 'the action is not released yet' };

describe('marking a free-text expected action', () => {
  it('sends the mark with the trimmed note, and tells the screen once the engine accepted it', async () => {
    const sent: unknown[] = [];
    const send = (async (type, payload) => {
      sent.push({ type, payload });
      return reply(true);
    }) as SendCommand;
    const onDone = vi.fn();
    const user = userEvent.setup();
    render(<MarkActionForm injectId="INJ-1" actionId="EA-2" send={send} onDone={onDone} />);
    const form = screen.getByRole('group', { name: 'Mark EA-2 of INJ-1' });
    await user.type(within(form).getByLabelText('Note (optional)'), '  Press line agreed ');
    await user.click(within(form).getByRole('button', { name: 'Mark not met' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([
      {
        type: 'expected-action/mark',
        payload: { injectId: 'INJ-1', actionId: 'EA-2', met: false, note: 'Press line agreed' },
      },
    ]);
    // No note: none is sent, rather than an empty one.
    await user.click(within(form).getByRole('button', { name: 'Mark met' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({
      type: 'expected-action/mark',
      payload: { injectId: 'INJ-1', actionId: 'EA-2', met: true },
    });
    // Without onClose there is nothing to cancel.
    expect(within(form).queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('keeps a refusal in the form with the engine’s reason, the note kept, and closes on Escape', async () => {
    const onDone = vi.fn();
    const onClose = vi.fn();
    const user = userEvent.setup();
    render(
      <MarkActionForm
        injectId="INJ-1"
        actionId="EA-2"
        send={(async () => reply(false)) as SendCommand}
        onDone={onDone}
        onClose={onClose}
        autoFocus
      />,
    );
    const note = screen.getByLabelText('Note (optional)');
    expect(note).toHaveFocus();
    await user.type(note, 'Too early');
    await user.click(screen.getByRole('button', { name: 'Mark met' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Refused: the action is not released yet');
    expect(onDone).not.toHaveBeenCalled();
    expect(note).toHaveValue('Too early');
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
