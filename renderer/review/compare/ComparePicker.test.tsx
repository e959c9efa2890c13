import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ExerciseReadModels } from '../../../core/index';
import { ComparePicker } from './ComparePicker';
import type { OtherExercise } from './use-other-run';

const never = () => new Promise<ExerciseReadModels>(() => undefined);
const OTHERS: OtherExercise[] = [
  { exerciseId: 'ex-1', name: 'Monday run', load: never },
  { exerciseId: 'ex-2', name: 'Origin run', load: never },
];

describe('ComparePicker', () => {
  it('offers the caller’s exercises, the preferred one chosen to begin with', async () => {
    const onExercise = vi.fn();
    render(
      <ComparePicker
        others={OTHERS}
        preferred="ex-2"
        busy={false}
        onExercise={onExercise}
        onFile={vi.fn()}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'An exercise on this host' })).toHaveValue('ex-2');
    await userEvent.click(screen.getByRole('button', { name: 'Load and compare' }));
    expect(onExercise).toHaveBeenCalledWith(OTHERS[1]);
  });

  it('waits for a choice, and for a load under way to finish', async () => {
    const onExercise = vi.fn();
    const { rerender } = render(
      <ComparePicker
        others={OTHERS}
        preferred="gone"
        busy={false}
        onExercise={onExercise}
        onFile={vi.fn()}
      />,
    );
    expect(screen.getByRole('combobox')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Load and compare' })).toBeDisabled();
    await userEvent.selectOptions(screen.getByRole('combobox'), 'Monday run');
    expect(screen.getByRole('button', { name: 'Load and compare' })).toBeEnabled();
    rerender(
      <ComparePicker others={OTHERS} preferred="gone" busy onExercise={onExercise} onFile={vi.fn()} />,
    );
    expect(screen.getByRole('button', { name: 'Load and compare' })).toBeDisabled();
  });

  it('takes a journal file, and offers no list when the caller has none', async () => {
    const onFile = vi.fn();
    render(
      <ComparePicker others={[]} preferred={undefined} busy={false} onExercise={vi.fn()} onFile={onFile} />,
    );
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    const file = new File(['{}\n'], 'events.jsonl');
    await userEvent.upload(screen.getByLabelText(/Or a journal file/), file);
    expect(onFile).toHaveBeenCalledWith(file);
    // A backup package too (with applyAccept, upload leaves out a file the input's accept list does not name).
    const backup = new File(['{"pbsimPackage":2}\n'], 'mini-1.pbsim-package');
    await userEvent.setup({ applyAccept: true }).upload(screen.getByLabelText(/Or a journal file/), backup);
    // By name: two File objects are equal to toEqual whatever they hold.
    expect(onFile.mock.lastCall?.[0]?.name).toBe('mini-1.pbsim-package');
  });
});
