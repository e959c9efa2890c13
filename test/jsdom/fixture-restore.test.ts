// Records made by earlier versions keep opening in the app too: each fixture journal restored as a backup
// into the browser's storage, opened by the controller's host, gives the figures its expected-metrics.json
// records (test/fixture-journals.test.ts checks the same journals through the CLI).
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, ExerciseReadModels, metricsOf } from '../../core/index';
import { PROJECT_ROOT } from '../../node-adapters/index';
import { EngineHost, restoreJournal } from '../../renderer/host/index';
import { closeHostWorlds, hostWorld } from '../fixtures/host-world';

const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/journals');
const folders = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

afterEach(closeHostWorlds);

describe.each(folders)('the fixture journal %s restored as a backup', (folder) => {
  it('opens in the controller’s host with the figures of its expected-metrics.json', async () => {
    const world = hostWorld();
    const text = readFileSync(path.join(FIXTURES, folder, 'events.jsonl'), 'utf8');
    const restored = await restoreJournal(`${folder}.events.jsonl`, text, world.catalogue);
    if (!restored.ok) throw new Error(restored.reason);
    expect(restored.notes).toEqual([]);
    expect(restored.record).toMatchObject({ status: 'ended', eventCount: text.split('\n').length - 1 });
    const host = await EngineHost.open(restored.record.exerciseId, world.deps);
    try {
      await host.whenSettled();
      expect(host.error).toBeNull();
      const metrics = metricsOf(ExerciseReadModels.of(host.engine.events, host.engine.content));
      expect(`${canonicalJson(metrics, 2)}\n`).toBe(
        readFileSync(path.join(FIXTURES, folder, 'expected-metrics.json'), 'utf8'),
      );
    } finally {
      host.close();
    }
  });
});
