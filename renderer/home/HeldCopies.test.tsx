// The copies this browser holds, as Home lists them while the host's list cannot be shown: read live from
// fake-indexeddb, each with the record last heard from the host, or its id when none was.
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExerciseRecord } from '../../core/index';
import { browserStore } from '../../test/fixtures/browser-exercise';
import type { BrowserExercises } from '../storage/index';
import { HeldCopies } from './HeldCopies';

const stores: BrowserExercises[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.db.delete();
});
function store(): BrowserExercises {
  const created = browserStore();
  stores.push(created);
  return created;
}

const record = (exerciseId: string, name: string, createdWallMs: number): ExerciseRecord => ({
  exerciseId,
  name,
  scenarioId: 'mini-scenario',
  scenarioTitle: 'Mini',
  marking: 'EXERCISE',
  createdWallMs,
  status: 'paused',
  roles: {},
  lastEventWallMs: createdWallMs,
  eventCount: 31,
});

describe('the copies held in this browser', () => {
  it('lists them newest first, with what the host last said of each, each to open in the console', async () => {
    const copies = store();
    await copies.db.copies.bulkPut([
      { exerciseId: 'old', origin: 'host' },
      { exerciseId: 'new', origin: 'host', movedWallMs: 5 },
      { exerciseId: 'unheard', origin: 'host' },
      { exerciseId: 'recorded-here', origin: 'browser' },
    ]);
    await copies.db.exercises.bulkPut([
      record('old', 'Older exercise', Date.UTC(2026, 0, 1)),
      record('new', 'Newer exercise', Date.UTC(2026, 0, 2)),
      record('recorded-here', 'Not a copy', Date.UTC(2026, 0, 3)),
    ]);
    render(<HeldCopies store={copies} />);
    const table = await screen.findByRole('table', { name: 'Copies held in this browser' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Newer exercise paused',
      'Older exercise paused',
      'unheard not yet listed by the exercise host',
    ]);
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Mini', expect.stringMatching(/^2026-01-02 /), '31', 'Open']);
    expect(within(rows[2]!).getByRole('link', { name: 'Open' })).toHaveAttribute('href', '#/console/unheard');
  });

  it('says when it holds none, and when its database cannot be read', async () => {
    const empty = store();
    const { unmount } = render(<HeldCopies store={empty} />);
    expect(await screen.findByText('This browser holds no copy of any exercise.')).toBeInTheDocument();
    unmount();
    empty.db.close();
    render(<HeldCopies store={empty} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Storage problem: Listing this browser's copies in IndexedDB ".*" failed/,
    );
  });
});
