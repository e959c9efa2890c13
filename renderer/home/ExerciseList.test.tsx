// Home's list of the host's exercises: backups through the host's endpoints and the desktop bridge, this
// browser's copies when the host cannot be reached or will not have the page, and a delete that removes the
// copy too. The host is a real one in the test's process; this browser's database is fake-indexeddb.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeEvents, HOST_SESSION_PATH } from '../../core/index';
import { browserStore, messageOn, recordedInBrowser, startOn } from '../../test/fixtures/browser-exercise';
import { miniExercise, pageOn } from '../../test/fixtures/test-console';
import { TEST_DATA_FOLDER, TestHost } from '../../test/fixtures/test-host';
import { stubFileBridge } from '../../test/fixtures/file-bridge';
import { ExerciseList } from './ExerciseList';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of cleanup.splice(0)) await close();
  vi.unstubAllGlobals();
});

/** A page served by a test host, with a desktop bridge that records what is saved and opens `opened`. */
function servedBy(host: TestHost) {
  const { saved, bridge } = stubFileBridge();
  const store = browserStore();
  vi.stubGlobal('fetch', host.fetch);
  cleanup.push(
    () => host.close(),
    pageOn(host),
    () => store.db.delete(),
  );
  return { saved, bridge, store };
}

describe("Home's list of exercises", () => {
  it('lists the host’s exercises with its data folder, downloads a backup and loads it back', async () => {
    const user = userEvent.setup();
    const host = new TestHost();
    const record = await host.create(miniExercise({ name: 'Tabletop' }));
    const { saved, bridge, store } = servedBy(host);
    render(<ExerciseList store={store} />);
    const row = await screen.findByRole('row', { name: /Tabletop/ });
    expect(screen.getByText(`Kept by the exercise host in ${TEST_DATA_FOLDER}`)).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Download backup' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    // The backup is a package the host signed: its manifest, then the journal's lines.
    expect(saved[0]).toMatchObject({
      name: `${record.exerciseId}.pbsim-package`,
      mimeType: 'application/x-pbsim-package',
    });
    expect(saved[0]?.data.split('\n')[0]).toContain('"pbsimPackage":2');
    expect(saved[0]?.data.split('\n')[1]).toContain('"exercise.created"');

    // Loaded back while the exercise is still there: the host refuses, and says why.
    bridge.opened = { name: 'backup.pbsim-package', bytes: new TextEncoder().encode(saved[0]?.data) };
    await user.click(screen.getByRole('button', { name: 'Load a backup…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `${record.exerciseId} is already in the data folder; delete it first`,
    );
    host.delete(record.exerciseId);
    await waitFor(() => expect(screen.queryByRole('row', { name: /Tabletop/ })).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Load a backup…' }));
    const loaded = await screen.findByRole('status');
    expect(loaded).toHaveTextContent(
      /^Loaded Tabletop \(\d+ events\)\. The package is whole and signed by a key this host knows \([0-9a-f ]+\)\. Open the console$/,
    );
    expect(within(loaded).getByRole('link', { name: 'Open the console' })).toHaveAttribute(
      'href',
      `#/console/${record.exerciseId}`,
    );
    expect(await screen.findByRole('row', { name: /Tabletop/ })).toBeInTheDocument();
  });

  it('lists this browser’s copies while the host is out of reach, as the host last listed them', async () => {
    const host = new TestHost();
    const copied = await host.create(miniExercise({ name: 'Tabletop' }));
    await host.create(miniExercise({ name: 'Not opened here' }));
    const { store } = servedBy(host);
    // The console opened Tabletop in this browser: it holds a copy.
    await store.db.copies.put({ exerciseId: copied.exerciseId, origin: 'host' });
    render(<ExerciseList store={store} />);
    await screen.findByRole('row', { name: /Not opened here/ });
    await startOn(host, copied.exerciseId);
    await messageOn(host, copied.exerciseId, 'Heard before the host stopped');
    const lastHeard = host.exercise(copied.exerciseId).record;
    await waitFor(async () => expect(await store.db.exercises.get(copied.exerciseId)).toEqual(lastHeard));
    expect(await store.db.exercises.count()).toBe(1);

    host.stop();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The exercise host is not reachable: reconnecting… Start it again (npm start) if it stopped. Its list of exercises cannot be shown until it is back',
    );
    const copies = await screen.findByRole('table', { name: 'Copies held in this browser' });
    const row = within(copies).getByRole('row', { name: /Tabletop/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Tabletop running');
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'Mini',
      expect.stringMatching(/^2026-01-05 /),
      String(lastHeard.eventCount),
      'Open',
    ]);
    expect(within(row).getByRole('link', { name: 'Open' })).toHaveAttribute(
      'href',
      `#/console/${copied.exerciseId}`,
    );
    expect(screen.queryByRole('row', { name: /Not opened here/ })).toBeNull();

    await host.create(miniExercise({ name: 'Second' }));
    host.start();
    expect(await screen.findByRole('row', { name: /Second/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Not opened here/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lists this browser’s copies with the host’s reason when it will not have this page as its console', async () => {
    const host = new TestHost();
    const { store } = servedBy(host);
    vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) =>
      String(input) === HOST_SESSION_PATH
        ? new Response('not loopback', { status: 403 })
        : host.fetch(input, init),
    );
    await store.db.copies.put({ exerciseId: 'never-listed', origin: 'host' });
    render(<ExerciseList store={store} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The exercise host does not accept this page as its console: the exercise host gives the console only to a page opened on its own computer',
    );
    const row = await screen.findByRole('row', { name: /never-listed/ });
    expect(row).toHaveTextContent('not yet listed by the exercise host');
    expect(within(row).getByRole('link', { name: 'Open' })).toHaveAttribute('href', '#/console/never-listed');
  });

  it('deletes this browser’s copy once the host has deleted the exercise, and keeps the others', async () => {
    const user = userEvent.setup();
    const host = new TestHost();
    const doomed = await host.create(miniExercise({ name: 'Doomed' }));
    const kept = await host.create(miniExercise({ name: 'Kept' }));
    const { store } = servedBy(host);
    await store.db.copies.bulkPut([
      { exerciseId: doomed.exerciseId, origin: 'host' },
      { exerciseId: kept.exerciseId, origin: 'host' },
    ]);
    await store.db.events.bulkPut([...host.recorded(doomed.exerciseId), ...host.recorded(kept.exerciseId)]);
    render(<ExerciseList store={store} />);
    await waitFor(async () => expect(await store.db.exercises.count()).toBe(2));

    const row = await screen.findByRole('row', { name: /Doomed/ });
    await user.click(within(row).getByRole('button', { name: 'Delete…' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(host.exercises.has(doomed.exerciseId)).toBe(false);
    expect(await store.db.copies.toArray()).toEqual([{ exerciseId: kept.exerciseId, origin: 'host' }]);
    expect(await store.db.exercises.toArray()).toEqual([host.exercise(kept.exerciseId).record]);
    expect(await store.db.events.toArray()).toEqual(host.recorded(kept.exerciseId));
  });

  it('saves the backup of an exercise recorded in this browser from its own log, also with the host away', async () => {
    const user = userEvent.setup();
    const host = new TestHost();
    const { saved, store } = servedBy(host);
    const written = await recordedInBrowser(host, store, 'Recorded here');
    render(<ExerciseList store={store} />);
    const row = await screen.findByRole('row', { name: /Recorded here/ });
    host.stop();
    await screen.findByRole('alert');
    await user.click(within(row).getByRole('button', { name: 'Download backup' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({
      name: `${written.record.exerciseId}.events.jsonl`,
      data: encodeEvents(written.events),
      mimeType: 'application/x-ndjson',
    });
  });
});
