// What the console's route shows while it follows an exercise on the host, when the host has no such
// exercise or will not have the page as its console, and once the exercise is in. The host is a real one in
// the test's process (test/fixtures/test-host.ts); the console screen is stood in for: it has tests of its own.
// This browser's copy is in the app's database, on fake-indexeddb, emptied after each test.
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import type { ExerciseView } from '../../core/index';
import { consoleOn, miniExercise, pageOn } from '../../test/fixtures/test-console';
import { TestHost } from '../../test/fixtures/test-host';
import { appDatabase, ConsoleCopy } from '../storage/index';
import { ConsoleRoute } from './ConsoleRoute';
import type * as ViewVersion from './use-view-version';

vi.mock('./ConsoleScreen', async () => {
  const { useViewVersion } = await vi.importActual<typeof ViewVersion>('./use-view-version');
  return {
    ConsoleScreen: (props: { view: ExerciseView; onDismissError: () => void; notice: ReactNode }) => {
      // Re-rendered on every change of the view, as the console is.
      useViewVersion(props.view);
      return (
        <div>
          <p>console of {props.view.heading().name}</p>
          {props.view.readOnly ? <p>Read-only: {props.view.readOnlyReason}</p> : null}
          {props.notice}
          {props.view.error ? <p role="alert">{props.view.error}</p> : null}
          <button type="button" onClick={props.onDismissError}>
            Dismiss the problem
          </button>
        </div>
      );
    },
  };
});

const cleanup: (() => void)[] = [];
afterEach(async () => {
  cleanup.splice(0).forEach((close) => close());
  vi.unstubAllGlobals();
  await Promise.all(appDatabase().tables.map((table) => table.clear()));
});

/** The page served by a test host: its socket, and `fetch` answered by the host. */
function servedBy(host: TestHost) {
  vi.stubGlobal('fetch', host.fetch);
  cleanup.push(() => host.close(), pageOn(host));
}

describe('the console route', () => {
  it('says it is opening the exercise, under the banner, and that the host is out of reach while it is', async () => {
    const host = new TestHost();
    host.stop();
    servedBy(host);
    render(<ConsoleRoute exerciseId="ex-1" />);
    expect(screen.getByRole('banner')).toHaveTextContent('Controller console');
    expect(screen.getByRole('status')).toHaveTextContent('Opening the exercise…');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Opening the exercise… (the exercise host is not reachable: reconnecting…)',
      ),
    );
  });

  it('says the exercise is not in the host’s data folder, with the way home', async () => {
    const host = new TestHost();
    servedBy(host);
    render(<ConsoleRoute exerciseId="ex-9" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The exercise ex-9 is not in the exercise host’s data folder',
    );
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '#/');
  });

  it('says why when the host will not have this page as its console', async () => {
    const host = new TestHost();
    servedBy(host);
    vi.stubGlobal('fetch', async () => new Response('not loopback', { status: 403 }));
    render(<ConsoleRoute exerciseId="ex-1" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The exercise could not be opened: the exercise host gives the console only to a page opened on its own computer',
    );
  });

  it('opens the console on the exercise once its log is in, and dismisses the host’s problem there', async () => {
    const user = userEvent.setup();
    const host = new TestHost();
    servedBy(host);
    const { exerciseId } = await host.create(miniExercise({ name: 'Tabletop' }));
    const exercise = host.exercise(exerciseId);
    exercise.problem = 'nothing of that command was recorded: ENOSPC';
    render(<ConsoleRoute exerciseId={exerciseId} />);
    expect(await screen.findByText('console of Tabletop')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('nothing of that command was recorded: ENOSPC');
    await user.click(screen.getByRole('button', { name: 'Dismiss the problem' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('opens from this browser’s copy while the host is out of reach, read-only, and says so', async () => {
    const user = userEvent.setup();
    const host = new TestHost();
    servedBy(host);
    const { exerciseId } = await host.create(miniExercise({ name: 'Tabletop' }));
    const recorded = host.recorded(exerciseId).length;
    const first = render(<ConsoleRoute exerciseId={exerciseId} />);
    expect(await screen.findByText('console of Tabletop')).toBeInTheDocument();
    expect(
      await screen.findByText(
        `This browser had no copy of this exercise: it now keeps one, rebuilt from the exercise host (${recorded} events).`,
      ),
    ).toBeInTheDocument();
    const copy = new ConsoleCopy(appDatabase(), exerciseId);
    await waitFor(async () => expect(await copy.lastSeq()).toBe(recorded));
    first.unmount();

    // The exercise goes on without this page (another console's commands), then the host stops.
    const other = consoleOn(host);
    cleanup.push(other.close);
    for (const [commandId, speed] of [
      ['other-1', 'max'],
      ['other-2', 5],
    ] as const)
      expect(
        await other.connection.command(exerciseId, { commandId, type: 'exercise/speed', payload: { speed } }),
      ).toMatchObject({ ok: true });
    const added = host.recorded(exerciseId).length - recorded;
    expect(added).toBeGreaterThan(1);
    host.stop();

    // The page is opened again: the copy is on screen, read-only, and says why.
    render(<ConsoleRoute exerciseId={exerciseId} />);
    expect(await screen.findByText('console of Tabletop')).toBeInTheDocument();
    expect(
      screen.getByText(
        `Opened from this browser’s copy (${recorded} events). The exercise host has not checked it yet.`,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Read-only: the exercise host is not reachable: reconnecting…'),
    ).toBeInTheDocument();

    // The host is back: the console brings the copy up to date from it, and may change the exercise again.
    host.start();
    expect(
      await screen.findByText(
        `Opened from this browser’s copy (${recorded} events) and brought up to date from the exercise host (${added} events).`,
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/Read-only/)).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Opened from this browser’s copy/)).toBeNull();
  });
});
