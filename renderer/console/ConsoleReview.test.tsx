import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { encodeEvents, type ExerciseEvent, type ExerciseRecord } from '../../core/index';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import { branchView, harnessView } from '../../test/fixtures/engine-view';
import { recordingSend } from '../../test/fixtures/recording-send';
import { reviewLog } from '../../test/fixtures/review-log';
import { ConsoleReview } from './ConsoleReview';
import type { ReviewHost } from './review-host';

const record = (exerciseId: string, name: string, scenarioId = 'mini-scenario'): ExerciseRecord => ({
  exerciseId,
  name,
  scenarioId,
  scenarioTitle: 'Mini',
  marking: 'EXERCISE',
  createdWallMs: 0,
  status: 'ended',
  roles: {},
  lastEventWallMs: 0,
  eventCount: 0,
});

/** A host holding journals in memory, as the console's connection and the journal endpoint give them. */
function memoryHost(journals: Record<string, readonly ExerciseEvent[]>, records: ExerciseRecord[]) {
  const branch = vi.fn<ReviewHost['branch']>(async (_id, _atSeq, name) => ({ ...record('b-1', name) }));
  const host: ReviewHost = {
    list: async () => records,
    journal: async (exerciseId) => {
      const events = journals[exerciseId];
      return events ? encodeEvents(events) : null;
    },
    branch,
    seal: async () => {
      throw new Error('no seal in this test');
    },
  };
  return { host, branch };
}

/** Another run of the mini scenario: nobody acknowledges, nothing decided, ENDEX at T+7h. */
async function quietRun(): Promise<Harness> {
  const h = await Harness.create();
  await h.startAtMaxSpeed();
  await h.jumpTo(7 * HOUR);
  await h.send('exercise/end');
  return h;
}

describe('ConsoleReview', () => {
  it('reviews the engine’s own log at the console, EXCON writing the plan once ENDEX is given', async () => {
    const h = await reviewLog();
    render(<ConsoleReview view={harnessView(h)} send={recordingSend().send} />);
    // The review log has 48 events and ended (test/fixtures/review-log.ts).
    expect(
      screen.getByText('The exercise has ended: the review reads its whole log (48 events).'),
    ).toBeInTheDocument();
    expect(screen.getByText('As it stood at T+07:00:00')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Improvement plan' }));
    expect(
      screen.queryByText('The improvement plan can be written once the exercise has ended (ENDEX).'),
    ).toBeNull();
    expect(screen.getByText('Write a press line template')).toBeInTheDocument();
    // Without the host, no branch is offered.
    await userEvent.click(screen.getByRole('button', { name: 'Timeline' }));
    expect(screen.queryByRole('button', { name: 'Branch from this point…' })).toBeNull();
  });

  it('offers the host’s other runs of the same scenario to compare with, and compares', async () => {
    const [h, other] = [await reviewLog(), await quietRun()];
    const own = 'mini-1';
    const { host } = memoryHost({ quiet: other.log }, [
      record(own, 'This one'),
      record('quiet', 'Quiet run'),
      record('elsewhere', 'Another scenario', 'other-scenario'),
    ]);
    const user = userEvent.setup();
    render(<ConsoleReview view={harnessView(h)} send={recordingSend().send} host={host} />);
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    const choice = await screen.findByRole('combobox', { name: 'An exercise on this host' });
    await waitFor(() => expect(within(choice).getAllByRole('option')).toHaveLength(2));
    expect(
      within(choice)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose an exercise…', 'Quiet run']);
    await user.selectOptions(choice, 'quiet');
    await user.click(screen.getByRole('button', { name: 'Load and compare' }));
    expect(await screen.findByText(/^\d+ of \d+ figures differ\.$/)).toBeInTheDocument();
  });

  it('makes a what-if branch from the scrubber’s point on the host', async () => {
    const h = await reviewLog();
    const { host, branch } = memoryHost({}, []);
    const user = userEvent.setup();
    render(<ConsoleReview view={harnessView(h)} send={recordingSend().send} host={host} />);
    // At the end (ENDEX) there is nothing to branch from; a key event earlier there is.
    expect(screen.getByText(/^A branch starts before ENDEX/)).toBeInTheDocument();
    const jump = screen.getByRole('combobox', { name: /^Jump to/ });
    // The first key event listed (the mechanisms starting at T+0).
    const first = within(jump).getAllByRole('option')[1] as HTMLOptionElement;
    await user.selectOptions(jump, first.value);
    await user.click(screen.getByRole('button', { name: 'Branch from this point…' }));
    await user.click(screen.getByRole('button', { name: 'Make the branch' }));
    // The branch leaves after the last event logged at that time, worked out from the log itself.
    const atMs = Number(first.value);
    const atSeq = Math.max(...h.log.filter((e) => e.scenarioMs <= atMs).map((e) => e.seq));
    expect(branch).toHaveBeenCalledWith('mini-1', atSeq, expect.stringMatching(/what-if/));
    expect(await screen.findByRole('link', { name: 'Open the branch’s console' })).toHaveAttribute(
      'href',
      '#/console/b-1',
    );
  });

  it('says a branch’s origin, offers it first, and checks the branch against it', async () => {
    const origin = await reviewLog();
    const atSeq = origin.log.findIndex((event) => event.scenarioMs >= 3 * HOUR);
    const { view, events } = await branchView(origin, atSeq, {
      exerciseId: 'mini-what-if',
      name: 'Mini — what if',
    });
    const { host } = memoryHost({ 'mini-what-if': events, 'mini-1': origin.log }, [
      record('mini-1', 'Mini'),
      record('mini-what-if', 'Mini — what if'),
    ]);
    const user = userEvent.setup();
    render(<ConsoleReview view={view} send={recordingSend().send} host={host} />);
    expect(
      screen.getByText(/^What-if branch of Mini, from T\+02:00:00 \(after its event \d+\)\.$/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check it against the origin' }));
    expect(
      await screen.findByText('The part before the branch is event for event the same as its origin’s.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'An exercise on this host' })).toHaveValue('mini-1'),
    );
  });
});
