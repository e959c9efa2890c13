// Home's list of the host's exercises: backups through the host's endpoints and the desktop bridge, and what
// it says when the host cannot be reached. The host is a real one in the test's process.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../core/index';
import { miniExercise, pageOn } from '../../test/fixtures/test-console';
import { TEST_DATA_FOLDER, TestHost } from '../../test/fixtures/test-host';
import { ExerciseList } from './ExerciseList';

const cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.splice(0).forEach((close) => close());
  vi.unstubAllGlobals();
});

/** A page served by a test host, with a desktop bridge that records what is saved and opens `opened`. */
function servedBy(host: TestHost) {
  const saved: { name: string; data: string; mimeType: string }[] = [];
  const bridge = {
    opened: null as { name: string; bytes: Uint8Array } | null,
    saveFile: async (name: string, data: string | Uint8Array, mimeType: string) => {
      saved.push({ name, data: String(data), mimeType });
    },
    openFile: async () => bridge.opened,
  };
  vi.stubGlobal('fetch', host.fetch);
  vi.stubGlobal('desktopBridge', bridge as unknown as DesktopBridge);
  cleanup.push(() => host.close(), pageOn(host));
  return { saved, bridge };
}

describe("Home's list of exercises", () => {
  it('lists the host’s exercises with its data folder, downloads a backup and loads it back', async () => {
    const user = userEvent.setup();
    const host = new TestHost();
    const record = await host.create(miniExercise({ name: 'Tabletop' }));
    const { saved, bridge } = servedBy(host);
    render(<ExerciseList />);
    const row = await screen.findByRole('row', { name: /Tabletop/ });
    expect(screen.getByText(`Kept by the exercise host in ${TEST_DATA_FOLDER}`)).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Download backup' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({
      name: `${record.exerciseId}.events.jsonl`,
      mimeType: 'application/x-ndjson',
    });
    expect(saved[0]?.data.split('\n')[0]).toContain('"exercise.created"');

    // Loaded back while the exercise is still there: the host refuses, and says why.
    bridge.opened = { name: 'backup.jsonl', bytes: new TextEncoder().encode(saved[0]?.data) };
    await user.click(screen.getByRole('button', { name: 'Load a backup…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `${record.exerciseId} is already in the data folder; delete it first`,
    );
    host.delete(record.exerciseId);
    await waitFor(() => expect(screen.queryByRole('row', { name: /Tabletop/ })).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Load a backup…' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^Loaded Tabletop \(\d+ events\)\.$/);
    expect(await screen.findByRole('row', { name: /Tabletop/ })).toBeInTheDocument();
  });

  it('says the host is out of reach, keeps the list as last heard, and lists again when it is back', async () => {
    const host = new TestHost();
    await host.create(miniExercise({ name: 'Tabletop' }));
    servedBy(host);
    render(<ExerciseList />);
    await screen.findByRole('row', { name: /Tabletop/ });
    host.stop();
    expect(await screen.findByRole('alert')).toHaveTextContent('The exercise host is not reachable');
    expect(screen.getByRole('row', { name: /Tabletop/ })).toBeInTheDocument();
    await host.create(miniExercise({ name: 'Second' }));
    host.start();
    expect(await screen.findByRole('row', { name: /Second/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
