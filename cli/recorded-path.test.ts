import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node-adapters/index';
import { recordedScenarioPath } from './recorded-path';

describe('recordedScenarioPath', () => {
  it('records a bundled scenario as journals always have, however it is named', async () => {
    const expected = 'scenarios/salisbury-style/scenario.yaml';
    const absolute = path.join(PROJECT_ROOT, expected);
    expect(await recordedScenarioPath(absolute)).toBe(expected);
    expect(await recordedScenarioPath(path.relative(process.cwd(), absolute))).toBe(expected);
    expect(
      await recordedScenarioPath(
        path.join(PROJECT_ROOT, 'scenarios/../scenarios/salisbury-style/scenario.yaml'),
      ),
    ).toBe(expected);
  });

  it('records a file outside the project by its folder and name, through symlinks too', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'pbsim-recorded-'));
    mkdirSync(path.join(base, 'my-exercise'));
    const file = path.join(base, 'my-exercise', 'scenario.yaml');
    writeFileSync(file, 'kind: scenario\n');
    symlinkSync(file, path.join(base, 'link.yaml'));
    expect(await recordedScenarioPath(file)).toBe('my-exercise/scenario.yaml');
    expect(await recordedScenarioPath(path.join(base, 'link.yaml'))).toBe('my-exercise/scenario.yaml');
  });

  it('treats a root given by another spelling as the same root', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'pbsim-root-'));
    mkdirSync(path.join(base, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(base, 'a', 'b', 's.yaml'), '');
    expect(await recordedScenarioPath(path.join(base, 'a', 'b', 's.yaml'), `${base}/./`)).toBe('a/b/s.yaml');
    // A sibling whose name begins like the root is outside it.
    mkdirSync(path.join(`${base}x`, 'f'), { recursive: true });
    writeFileSync(path.join(`${base}x`, 'f', 's.yaml'), '');
    expect(await recordedScenarioPath(path.join(`${base}x`, 'f', 's.yaml'), base)).toBe('f/s.yaml');
  });
});
