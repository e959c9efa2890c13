import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  contentOfCreated,
  replay,
  snapshotOf,
  type CommandReply,
  type ExerciseEvent,
} from '../../core/index';
import { Harness } from '../../test/fixtures/engine-harness';
import { RemoteExercise, type CopyActions } from '../host/index';
import { CopyNoticeBar } from './CopyNoticeBar';

const harness = await Harness.create();
await harness.startAtMaxSpeed();
const EVENTS: readonly ExerciseEvent[] = await harness.store.read();

function viewOf(events: readonly ExerciseEvent[] = EVENTS) {
  const view = new RemoteExercise('mini-1', { sendCommand: async () => ({}) as CommandReply });
  view.log.take(events);
  return view;
}

function actions(overrides: Partial<CopyActions> = {}) {
  return {
    download: vi.fn(async () => 'mini-1.browser-copy.events.jsonl'),
    replace: vi.fn(async () => {}),
    ...overrides,
  };
}

describe('the copy’s status line', () => {
  it('says nothing when there is nothing to say, and goes when dismissed', async () => {
    const user = userEvent.setup();
    const view = viewOf();
    const { container } = render(<CopyNoticeBar view={view} actions={actions()} />);
    expect(container).toBeEmptyDOMElement();
    view.status.setNotice({ kind: 'opened', held: 12, received: 3 });
    expect(
      await screen.findByText(
        'Opened from this browser’s copy (12 events) and brought up to date from the exercise host (3 events).',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download this browser’s copy' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(container).toBeEmptyDOMElement();
  });

  it('says how far the rebuild from the host has got', async () => {
    const view = new RemoteExercise('mini-1', { sendCommand: async () => ({}) as CommandReply });
    const created = EVENTS[0] as ExerciseEvent;
    view.log.start(
      created,
      snapshotOf(replay(EVENTS.slice(0, 3), contentOfCreated(created))),
      EVENTS.slice(3),
    );
    view.status.setNotice({ kind: 'rebuilt', total: EVENTS.length });
    render(<CopyNoticeBar view={view} actions={null} />);
    expect(
      screen.getByText(
        'This browser had no copy of this exercise: it is taking one from the exercise host (history 0 of 3 events).',
      ),
    ).toBeInTheDocument();
  });

  it('offers to download a copy the host does not continue, and to replace it once confirmed', async () => {
    const user = userEvent.setup();
    const view = viewOf();
    const offered = actions();
    view.status.setNotice({ kind: 'diverged', reason: 'it holds events 5–9 the journal does not' });
    render(<CopyNoticeBar view={view} actions={offered} />);
    expect(
      screen.getByText(
        'This browser’s copy does not continue the exercise host’s journal: it holds events 5–9 the journal does not. Nothing was merged; the copy is shown read-only.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download this browser’s copy' }));
    expect(await screen.findByText('Saved as mini-1.browser-copy.events.jsonl.')).toBeInTheDocument();
    expect(offered.download).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Replace it with the host’s journal…' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent(/Delete this browser’s copy/);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(offered.replace).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Replace it with the host’s journal…' }));
    await user.click(screen.getByRole('button', { name: 'Replace the copy' }));
    await waitFor(() => expect(offered.replace).toHaveBeenCalledTimes(1));
  });

  it('offers the download when the host has no such exercise, and says why a download failed', async () => {
    const user = userEvent.setup();
    const view = viewOf();
    const offered = actions({
      download: vi.fn(async () => {
        throw new Error('this browser holds no copy of exercise mini-1');
      }),
    });
    view.status.setNotice({ kind: 'not-found', reason: 'no exercise mini-1 in /data' });
    render(<CopyNoticeBar view={view} actions={offered} />);
    expect(
      screen.getByText(/^The exercise host does not have this exercise \(no exercise mini-1 in \/data\)/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Replace it with the host’s journal…' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Download this browser’s copy' }));
    expect(await screen.findByText('this browser holds no copy of exercise mini-1')).toBeInTheDocument();
  });
});
