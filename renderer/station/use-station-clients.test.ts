import 'fake-indexeddb/auto';
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { miniExercise, pageOn } from '../../test/fixtures/test-console';
import { TestHost } from '../../test/fixtures/test-host';
import { useStationClients } from './use-station-clients';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((close) => close()));

// The host's engine and hub, the page's socket to it and IndexedDB are real: the hook wires one client per
// role to them.
describe('useStationClients', () => {
  it('starts a client per role over the page’s socket, takes the heading from them, and keeps what was opened across a reload', async () => {
    const host = new TestHost();
    cleanup.push(() => host.close(), pageOn(host));
    const { exerciseId } = await host.create(miniExercise({ name: 'Mini' }));
    const { engine } = host.exercise(exerciseId);
    const excon = (commandId: string, type: string, payload: Record<string, unknown>) =>
      engine.execute({ commandId, type, issuedBy: { role: 'excon', station: 'test' }, payload }, host.now());
    await excon('c1', 'exercise/speed', { speed: 'max' });
    await excon('c2', 'exercise/start', {});

    const first = renderHook(() => useStationClients(exerciseId, ['ms-a', 'ms-c']));
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

    const again = renderHook(() => useStationClients(exerciseId, ['ms-a']));
    await waitFor(() => expect(again.result.current.stations['ms-a']?.opened.has(seq)).toBe(true));
    again.unmount();
  });
});
