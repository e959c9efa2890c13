import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUiStore } from '../../state/index';
import { BranchForm, type MakeBranch } from './BranchForm';

const point = { seq: 42, time: 'T+1d 02:00' };

function renderForm(onBranch: MakeBranch, options: { endedSeq?: number | null; at?: typeof point } = {}) {
  return render(
    <BranchForm
      point={options.at ?? point}
      exerciseName="PACE rehearsal"
      endedSeq={options.endedSeq ?? null}
      onBranch={onBranch}
    />,
  );
}

afterEach(() => useUiStore.setState({ language: 'en' }));

describe('BranchForm', () => {
  it('names the branch after the exercise and the point, makes it there, and links to its console', async () => {
    const onBranch = vi.fn<MakeBranch>(async (_seq, name) => ({ exerciseId: 'b 1', name }));
    const user = userEvent.setup();
    renderForm(onBranch);
    await user.click(screen.getByRole('button', { name: 'Branch from this point…' }));
    const form = screen.getByRole('form', { name: 'Play a what-if branch from T+1d 02:00' });
    expect(form).toHaveTextContent('starts from the state after event 42');
    const name = screen.getByLabelText('Name of the branch');
    expect(name).toHaveFocus();
    expect(name).toHaveValue('PACE rehearsal — what-if from T+1d 02:00');
    await user.clear(name);
    await user.type(name, '  NATO told at once ');
    await user.click(screen.getByRole('button', { name: 'Make the branch' }));
    expect(onBranch).toHaveBeenCalledWith(42, 'NATO told at once');
    expect(await screen.findByRole('status')).toHaveTextContent('Branch made: NATO told at once.');
    expect(screen.getByRole('link', { name: 'Open the branch’s console' })).toHaveAttribute(
      'href',
      '#/console/b%201',
    );
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('keeps the point it was opened at when the scrubber moves on', async () => {
    const onBranch = vi.fn<MakeBranch>(async (_seq, name) => ({ exerciseId: 'b-2', name }));
    const user = userEvent.setup();
    const { rerender } = renderForm(onBranch);
    await user.click(screen.getByRole('button', { name: 'Branch from this point…' }));
    rerender(
      <BranchForm
        point={{ seq: 90, time: 'T+2d 00:00' }}
        exerciseName="PACE rehearsal"
        endedSeq={null}
        onBranch={onBranch}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Make the branch' }));
    expect(onBranch).toHaveBeenCalledWith(42, 'PACE rehearsal — what-if from T+1d 02:00');
  });

  it('needs a name, and shows the host’s refusal without closing', async () => {
    const onBranch = vi.fn<MakeBranch>(async () => {
      throw new Error('event 42 is not in the log of PACE rehearsal (it holds events 1 to 40)');
    });
    const user = userEvent.setup();
    renderForm(onBranch);
    await user.click(screen.getByRole('button', { name: 'Branch from this point…' }));
    await user.clear(screen.getByLabelText('Name of the branch'));
    await user.click(screen.getByRole('button', { name: 'Make the branch' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Give the branch a name.');
    expect(screen.getByLabelText('Name of the branch')).toHaveAttribute('aria-invalid', 'true');
    expect(onBranch).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Name of the branch'), 'Late alert');
    await user.click(screen.getByRole('button', { name: 'Make the branch' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The branch was not made: event 42 is not in the log of PACE rehearsal (it holds events 1 to 40)',
      ),
    );
    expect(screen.getByRole('form')).toBeInTheDocument();
  });

  it('offers no branch at or after ENDEX, and says why', () => {
    renderForm(vi.fn<MakeBranch>(), { endedSeq: 42 });
    expect(screen.queryByRole('button', { name: 'Branch from this point…' })).not.toBeInTheDocument();
    expect(
      screen.getByText('A branch starts before ENDEX: move the scrubber to a point before event 42.'),
    ).toBeInTheDocument();
  });

  it('gives the keyboard back to its button when cancelled, and reads in Dutch', async () => {
    useUiStore.setState({ language: 'nl' });
    const user = userEvent.setup();
    renderForm(vi.fn<MakeBranch>());
    await user.click(screen.getByRole('button', { name: 'Vanaf dit moment aftakken…' }));
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Vanaf dit moment aftakken…' })).toHaveFocus(),
    );
  });
});
