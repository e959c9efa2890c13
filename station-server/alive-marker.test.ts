import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AliveMarker } from './alive-marker';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function marker(): Promise<AliveMarker> {
  const folder = await mkdtemp(path.join(tmpdir(), 'pbsim-alive-'));
  folders.push(folder);
  return new AliveMarker(path.join(folder, 'clock-alive'));
}

describe('the host’s last sign of life', () => {
  it('reads back the last wall time it was told', async () => {
    const alive = await marker();
    await alive.beat(1_700_000_000_000);
    await alive.beat(1_700_000_001_000.7);
    expect(await alive.read()).toBe(1_700_000_001_000);
  });

  it('is null when never written, empty (cut short) or not a time', async () => {
    const alive = await marker();
    expect(await alive.read()).toBeNull();
    await writeFile(alive.file, '');
    expect(await alive.read()).toBeNull();
    await writeFile(alive.file, '17000x\n');
    expect(await alive.read()).toBeNull();
  });
});
