// The host's list as Home shows it: each exercise's actions, and a delete that asks first and stays open when
// the delete did not happen.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ExerciseRecord } from '../../core/index';
import { HostExercises } from './HostExercises';

const record = (exerciseId: string, name: string, status: ExerciseRecord['status']): ExerciseRecord => ({
  exerciseId,
  name,
  scenarioId: 'mini-scenario',
  scenarioTitle: 'Mini',
  marking: 'EXERCISE',
  createdWallMs: Date.UTC(2026, 0, 5, 9),
  status,
  roles: {},
  lastEventWallMs: Date.UTC(2026, 0, 5, 10),
  eventCount: 12,
});

describe("the host's exercises on Home", () => {
  it('says when there are none yet, and when the list is still to come', () => {
    const { rerender } = render(
      <HostExercises records={undefined} onDownload={() => {}} onDelete={async () => true} />,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    rerender(<HostExercises records={[]} onDownload={() => {}} onDelete={async () => true} />);
    expect(screen.getByText('No exercise is in the exercise host’s data folder yet.')).toBeInTheDocument();
  });

  it('says which exercise a what-if branch left, and after which event', () => {
    const branch = {
      ...record('ex-3', 'Full activation at once', 'paused'),
      branchOf: { exerciseId: 'ex-2', name: 'Ended one', atSeq: 188 },
    };
    render(
      <HostExercises
        records={[branch, record('ex-2', 'Ended one', 'ended')]}
        onDownload={() => {}}
        onDelete={async () => true}
      />,
    );
    const [branchRow, originRow] = screen.getAllByRole('row').slice(1);
    expect(branchRow).toHaveTextContent('What-if branch of Ended one, after its event 188');
    expect(originRow).not.toHaveTextContent('What-if branch');
  });

  it('resumes, looks back, downloads, and deletes only once confirmed', async () => {
    const user = userEvent.setup();
    const downloaded: string[] = [];
    const deletes: string[] = [];
    let deleteWorks = false;
    render(
      <HostExercises
        records={[record('ex-1', 'Running one', 'running'), record('ex-2', 'Ended one', 'ended')]}
        onDownload={(chosen) => downloaded.push(chosen.exerciseId)}
        onDelete={async (chosen) => {
          deletes.push(chosen.exerciseId);
          return deleteWorks;
        }}
      />,
    );
    const running = screen.getByRole('row', { name: /Running one/ });
    const ended = screen.getByRole('row', { name: /Ended one/ });
    expect(within(running).getByRole('link', { name: 'Resume in the console' })).toHaveAttribute(
      'href',
      '#/console/ex-1',
    );
    expect(within(ended).getByRole('link', { name: 'Look back' })).toHaveAttribute('href', '#/console/ex-2');
    expect(within(running).getAllByRole('cell')[2]).toHaveTextContent('12');
    await user.click(within(ended).getByRole('button', { name: 'Download backup' }));
    expect(downloaded).toEqual(['ex-2']);

    await user.click(within(ended).getByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent(
      'Delete the exercise "Ended one" and its log from the exercise host’s data folder, and this browser’s copy of it?',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(deletes).toEqual([]);

    await user.click(within(ended).getByRole('button', { name: 'Delete…' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(deletes).toEqual(['ex-2']);
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    deleteWorks = true;
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(deletes).toEqual(['ex-2', 'ex-2']);
  });
});
