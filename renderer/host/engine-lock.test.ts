import { afterEach, describe, expect, it, vi } from 'vitest';
import { acquireEngineLock } from './engine-lock';

afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * The Web Locks API as one browser profile has it: a name is held until the callback's promise settles;
 * `ifAvailable` hands the callback null at once when another holds it.
 */
function fakeLocks() {
  const held = new Set<string>();
  const asked: { name: string; options: { ifAvailable?: boolean } }[] = [];
  const locks = {
    request(
      name: string,
      options: { ifAvailable?: boolean },
      callback: (lock: { name: string } | null) => unknown,
    ) {
      asked.push({ name, options });
      if (held.has(name)) return Promise.resolve(callback(null));
      held.add(name);
      return Promise.resolve(callback({ name })).finally(() => held.delete(name));
    },
  };
  vi.stubGlobal('navigator', { locks });
  return { held, asked };
}

/** Lets a released lock's promise settle. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the exercise’s engine lock', () => {
  it('goes to the first tab that asks, and a second tab is told at once that it is taken', async () => {
    const { held, asked } = fakeLocks();
    const first = await acquireEngineLock('pbsim-engine/ex-1');
    expect(first.held).toBe(true);
    expect(held).toEqual(new Set(['pbsim-engine/ex-1']));
    const second = await acquireEngineLock('pbsim-engine/ex-1');
    expect(second.held).toBe(false);
    // Never waits in the queue: it asks only if the lock is free.
    expect(asked.map((request) => request.options)).toEqual([{ ifAvailable: true }, { ifAvailable: true }]);
    second.release();
    expect(held.has('pbsim-engine/ex-1')).toBe(true);
  });

  it('is held until released, and is free for the next tab after', async () => {
    const { held } = fakeLocks();
    const first = await acquireEngineLock('pbsim-engine/ex-1');
    await settled();
    expect(held.has('pbsim-engine/ex-1')).toBe(true);
    first.release();
    await settled();
    expect(held.size).toBe(0);
    expect((await acquireEngineLock('pbsim-engine/ex-1')).held).toBe(true);
  });

  it('is one per exercise', async () => {
    fakeLocks();
    expect((await acquireEngineLock('pbsim-engine/ex-1')).held).toBe(true);
    expect((await acquireEngineLock('pbsim-engine/ex-2')).held).toBe(true);
  });

  it('is always held where the browser has no Web Locks (a page that is not a secure context)', async () => {
    vi.stubGlobal('navigator', {});
    const lock = await acquireEngineLock('pbsim-engine/ex-1');
    expect(lock.held).toBe(true);
    expect(() => lock.release()).not.toThrow();
  });
});
