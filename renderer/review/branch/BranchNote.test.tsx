import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BranchCheck, BranchOrigin } from '../../../core/index';
import { useUiStore } from '../../state/index';
import { BranchNote, type CheckBranch } from './BranchNote';

const branch: BranchOrigin = {
  originExerciseId: 'pace-1',
  originName: 'PACE rehearsal',
  atSeq: 120,
  // One day, two hours and five minutes into the scenario.
  atScenarioMs: ((24 + 2) * 60 + 5) * 60_000,
  branchedSeq: 121,
  prefixSha256: 'f'.repeat(64),
};

afterEach(() => useUiStore.setState({ language: 'en' }));

async function checkedWith(result: BranchCheck | Error): Promise<string> {
  const check = vi.fn<CheckBranch>(async () => {
    if (result instanceof Error) throw result;
    return result;
  });
  const user = userEvent.setup();
  const { container, unmount } = render(<BranchNote branch={branch} check={check} />);
  await user.click(screen.getByRole('button', { name: 'Check it against the origin' }));
  await screen.findByText(/^(The part|The check)/);
  expect(check).toHaveBeenCalledOnce();
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
  const text = container.querySelector('[aria-live] p')?.textContent ?? '';
  unmount();
  return text;
}

describe('BranchNote', () => {
  it('says which exercise the branch left, when and after which event', () => {
    render(<BranchNote branch={branch} />);
    expect(
      screen.getByText('What-if branch of PACE rehearsal, from T+1d 02:05:00 (after its event 120).'),
    ).toBeInTheDocument();
    // Without a way to read the origin, there is nothing to check with.
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('reports each outcome of the check in words', async () => {
    expect(await checkedWith({ kind: 'matches', atSeq: 120 })).toBe(
      'The part before the branch is event for event the same as its origin’s.',
    );
    expect(await checkedWith({ kind: 'differs', atSeq: 120, seq: 37 })).toMatch(
      /^The part before the branch differs from its origin’s at event 37:/,
    );
    expect(await checkedWith({ kind: 'copy-altered', atSeq: 120 })).toMatch(/its journal was changed\.$/);
    expect(await checkedWith({ kind: 'origin-absent', atSeq: 120 })).toMatch(/not on this host/);
    expect(await checkedWith(new Error('the exercise host answered 404'))).toBe(
      'The check could not be made: the exercise host answered 404',
    );
  });

  it('reads in Dutch', () => {
    useUiStore.setState({ language: 'nl' });
    render(<BranchNote branch={branch} check={async () => null} />);
    expect(screen.getByRole('button', { name: 'Vergelijken met de herkomst' })).toBeInTheDocument();
    expect(screen.getByText(/^Wat-als-tak van PACE rehearsal/)).toBeInTheDocument();
  });
});
