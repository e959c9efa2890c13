import 'fake-indexeddb/auto';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StationHub } from '../../core/index';
import { Harness } from '../../test/fixtures/engine-harness';
import { openBroadcastChannel } from '../transport/index';
import { useStationClients } from './use-station-clients';

// The engine, IndexedDB and BroadcastChannel are real: the hook wires one client per role to them.
describe('useStationClients', () => {
  it('starts a client per role, takes the heading from them, and keeps what was opened across a reload', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const hub = new StationHub(harness.engine, openBroadcastChannel, () => Date.now());
    hub.start(['ms-a', 'ms-c']);
    try {
      const first = renderHook(() => useStationClients('mini-1', ['ms-a', 'ms-c']));
      await waitFor(() => {
        expect(Object.keys(first.result.current.stations).sort()).toEqual(['ms-a', 'ms-c']);
        expect(first.result.current.stations['ms-a']?.state.events.length).toBeGreaterThan(0);
      });
      expect(first.result.current.heading?.name).toBe('Mini');
      expect(first.result.current.error).toBeNull();
      const seq = first.result.current.stations['ms-a']?.state.events[0]?.streamSeq ?? -1;
      expect(first.result.current.stations['ms-a']?.opened.has(seq)).toBe(false);
      first.result.current.open('ms-a', seq);
      await waitFor(() => expect(first.result.current.stations['ms-a']?.opened.has(seq)).toBe(true));
      // The other role's station keeps its own record.
      expect(first.result.current.stations['ms-c']?.opened.has(seq)).toBe(false);
      first.unmount();

      const again = renderHook(() => useStationClients('mini-1', ['ms-a']));
      await waitFor(() => expect(again.result.current.stations['ms-a']?.opened.has(seq)).toBe(true));
      again.unmount();
    } finally {
      hub.stop();
    }
  });
});
