// Records made by earlier versions keep opening in the app too: each fixture journal restored as a backup on
// a host in the test's process and followed by the console over its socket gives, from the console's own copy
// of the log, the figures its expected-metrics.json records (test/fixture-journals.test.ts checks the same
// journals through the CLI).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, ExerciseReadModels, metricsOf } from '../../core/index';
import { PROJECT_ROOT } from '../../node-adapters/index';
import { closeHostWorlds, hostWorld } from '../fixtures/host-world';

const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/journals');
const folders = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

afterEach(closeHostWorlds);

describe.each(folders)('the fixture journal %s restored as a backup', (folder) => {
  it('opens in the console with the figures of its expected-metrics.json', async () => {
    const world = hostWorld();
    const text = readFileSync(path.join(FIXTURES, folder, 'events.jsonl'), 'utf8');
    const restored = await world.host.restore(`${folder}.events.jsonl`, text);
    if (!restored.ok) throw new Error(restored.reason);
    expect(restored.notes).toEqual([]);
    expect(restored.record).toMatchObject({ status: 'ended', eventCount: text.split('\n').length - 1 });
    const { view } = await world.follow(restored.record.exerciseId);
    await waitFor(() => expect(view.historyProgress()).toBeNull());
    expect(view.error).toBeNull();
    const metrics = metricsOf(ExerciseReadModels.of(view.events, view.content));
    expect(`${canonicalJson(metrics, 2)}\n`).toBe(
      readFileSync(path.join(FIXTURES, folder, 'expected-metrics.json'), 'utf8'),
    );
  });
});
