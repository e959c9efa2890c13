// The page's console connection and its hooks, on a host in the test's process (test/fixtures/test-host.ts).
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { miniExercise, pageOn } from '../../test/fixtures/test-console';
import { TEST_DATA_FOLDER, TestHost } from '../../test/fixtures/test-host';
import { consoleConnection, useConsoleStatus, useExerciseCatalogue } from './page-console';

const cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.splice(0).forEach((close) => close());
  vi.unstubAllGlobals();
});

function servedBy(host: TestHost) {
  vi.stubGlobal('fetch', host.fetch);
  cleanup.push(() => host.close(), pageOn(host));
}

describe('the page’s console', () => {
  it('is one connection per page socket', () => {
    servedBy(new TestHost());
    expect(consoleConnection()).toBe(consoleConnection());
    const before = consoleConnection();
    servedBy(new TestHost());
    expect(consoleConnection()).not.toBe(before);
  });

  it('follows the connection’s status and the host’s catalogue', async () => {
    const host = new TestHost();
    await host.create(miniExercise({ name: 'First' }));
    servedBy(host);
    const status = renderHook(() => useConsoleStatus());
    const catalogue = renderHook(() => useExerciseCatalogue());
    expect(catalogue.result.current).toBeNull();
    await waitFor(() =>
      expect(status.result.current).toEqual({ state: 'ready', dataFolder: TEST_DATA_FOLDER }),
    );
    await waitFor(() => expect(catalogue.result.current?.map((record) => record.name)).toEqual(['First']));
    await host.create(miniExercise({ name: 'Second' }));
    await waitFor(() =>
      expect(catalogue.result.current?.map((record) => record.name)).toEqual(['Second', 'First']),
    );
    host.stop();
    await waitFor(() => expect(status.result.current).toEqual({ state: 'unreachable' }));
  });
});
