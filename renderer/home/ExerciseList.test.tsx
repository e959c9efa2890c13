import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ExerciseList } from './ExerciseList';

describe("Home's list of exercises", () => {
  it('says what to do when an older tab of the app blocks the database upgrade, instead of waiting forever', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined); // Dexie announces the block; expected here.
    // An older version of the app in another tab: a connection at a lower version that never closes.
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('pbsim', 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    render(<ExerciseList />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Storage problem: Listing the exercises .* failed: the database upgrade is blocked by another tab of this app that is still open: close it and reload/,
    );
    older.close();
  });
});
