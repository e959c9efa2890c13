// The exercises an earlier version recorded in this browser, as Home offers them: uploaded into the in-test
// host (test/fixtures/test-host.ts) once, found already there, found different, refused with the line at
// fault, and downloaded from this browser at any time. Oracle: the rows written and the host's journal.
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeEvents } from '../../core/index';
import { browserStore, messageOn, recordedInBrowser } from '../../test/fixtures/browser-exercise';
import { TEST_TOKEN, TestHost } from '../../test/fixtures/test-host';
import { BrowserExerciseList } from './BrowserExerciseList';
import type { Notice } from './notice';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of cleanup.splice(0)) await close();
  vi.unstubAllGlobals();
});

/** This browser holding an exercise recorded before the host, shown by the list on a page the host serves. */
async function offered(token: () => string = () => TEST_TOKEN) {
  const host = new TestHost();
  const store = browserStore();
  cleanup.push(
    () => host.close(),
    () => store.db.delete(),
  );
  const written = await recordedInBrowser(host, store, 'Tabletop 2025');
  vi.stubGlobal('fetch', host.fetch);
  const notices: Notice[] = [];
  const downloads: string[] = [];
  render(
    <BrowserExerciseList
      store={store}
      token={token}
      onNotice={(notice) => notices.push(notice)}
      onDownload={(record) => downloads.push(record.exerciseId)}
    />,
  );
  const row = await screen.findByRole('row', { name: /Tabletop 2025/ });
  const upload = async () => {
    const before = notices.length;
    await userEvent.click(within(row).getByRole('button', { name: 'Upload to the exercise host' }));
    await waitFor(() => expect(notices.length).toBe(before + 1));
    return notices.at(-1);
  };
  return { host, store, written, row, upload, downloads, exerciseId: written.record.exerciseId };
}

describe('the exercises recorded in this browser before the host', () => {
  it('lists each with its scenario, events and date, uploads it once, and then offers it no more', async () => {
    const { host, store, written, row, upload, exerciseId } = await offered();
    expect(
      screen.getByRole('heading', { name: 'Recorded in this browser before the exercise host' }),
    ).toBeVisible();
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Mini',
      expect.stringMatching(/^2026-01-05 /),
      String(written.events.length),
      'Upload to the exercise hostDownload backup',
    ]);

    expect(await upload()).toEqual({
      ok: true,
      text: `Tabletop 2025 is now on the exercise host (${written.events.length} events); this browser keeps it as its copy.`,
      openExerciseId: exerciseId,
    });
    expect(host.recorded(exerciseId)).toEqual(written.events);
    await waitFor(() => expect(screen.queryByRole('row', { name: /Tabletop 2025/ })).toBeNull());
    expect(await store.db.copies.get(exerciseId)).toMatchObject({
      origin: 'host',
      hostLastSeq: written.events.length,
    });
    expect(await store.log(exerciseId)).toEqual(written.events);
  });

  it('marks it moved when the host already holds the same exercise', async () => {
    const { host, store, written, upload, exerciseId } = await offered();
    await host.restore('uploaded-before.jsonl', encodeEvents(written.events));
    expect(await upload()).toEqual({
      ok: true,
      text: 'Tabletop 2025 is already on the exercise host, the same as here: marked as moved.',
      openExerciseId: exerciseId,
    });
    await waitFor(() => expect(screen.queryByRole('row', { name: /Tabletop 2025/ })).toBeNull());
    expect(await store.db.copies.get(exerciseId)).toMatchObject({ origin: 'host' });
  });

  it('says how the host’s exercise of the same id differs, and keeps offering it with its download', async () => {
    const user = userEvent.setup();
    const { host, store, written, row, upload, downloads, exerciseId } = await offered();
    const shared = written.events.length - 1;
    await host.restore('another.jsonl', encodeEvents(written.events.slice(0, shared)));
    await messageOn(host, exerciseId, 'Another ending');
    const hostEvents = host.recorded(exerciseId).length;
    expect(await upload()).toEqual({
      ok: false,
      text: `Tabletop 2025 was not uploaded: the exercise host already holds a different exercise with the id ${exerciseId}. The two agree on their first ${shared} events only; the host’s has ${hostEvents} events, this browser’s ${written.events.length}. Both are kept: download this browser’s backup, and delete the host’s exercise first if this browser’s is the one to keep.`,
    });
    expect(await store.db.copies.get(exerciseId)).toEqual({ exerciseId, origin: 'browser' });
    await user.click(within(row).getByRole('button', { name: 'Download backup' }));
    expect(downloads).toEqual([exerciseId]);
    expect(within(row).getByRole('button', { name: 'Upload to the exercise host' })).toBeEnabled();
  });

  it('passes on the host’s refusal with the line at fault, and keeps everything here', async () => {
    const { host, store, written, upload, exerciseId } = await offered();
    // A log damaged in this browser's storage: its third event is missing.
    await store.db.events.delete([exerciseId, 3]);
    const notice = await upload();
    expect(notice?.ok).toBe(false);
    expect(notice?.text).toBe(
      `Tabletop 2025 was not uploaded: ${exerciseId}.events.jsonl: line 3: seq 4 does not continue the log (expected 3). Nothing was changed here.`,
    );
    expect(host.exercises.has(exerciseId)).toBe(false);
    expect(await store.unmoved()).toHaveLength(1);
    expect(await store.log(exerciseId)).toEqual(written.events.filter((event) => event.seq !== 3));
  });

  it('says why it cannot upload while the page has no console token', async () => {
    const { upload, store, exerciseId } = await offered(() => {
      throw new Error('the exercise host is not reachable: reconnecting…');
    });
    expect(await upload()).toEqual({
      ok: false,
      text: 'Tabletop 2025 was not uploaded: the exercise host is not reachable: reconnecting…. Nothing was changed here.',
    });
    expect(await store.db.copies.get(exerciseId)).toEqual({ exerciseId, origin: 'browser' });
  });
});
