import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node-adapters/index';
import { aboutText, readContentVersions } from './about';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('About', () => {
  it('reads the playbook’s version and each scenario’s from the app’s own folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'about-'));
    folders.push(root);
    mkdirSync(path.join(root, 'playbook'));
    writeFileSync(
      path.join(root, 'playbook', 'playbook.yaml'),
      'id: eu-hybrid-playbook\nversion: "2018.3"\n',
    );
    for (const [id, version] of [
      ['b-scenario', '2018.2'],
      ['a-scenario', '2018.3'],
    ] as const) {
      mkdirSync(path.join(root, 'scenarios', id), { recursive: true });
      writeFileSync(
        path.join(root, 'scenarios', id, 'scenario.yaml'),
        `id: ${id}\nplaybook:\n  id: eu-hybrid-playbook\n  version: "${version}"\n`,
      );
    }
    mkdirSync(path.join(root, 'scenarios', 'broken'));
    writeFileSync(path.join(root, 'scenarios', 'broken', 'scenario.yaml'), 'id: [unclosed');
    const logged: string[] = [];
    const versions = await readContentVersions(root, (line) => logged.push(line));
    expect(versions).toEqual({
      playbook: { id: 'eu-hybrid-playbook', version: '2018.3' },
      scenarios: [
        { id: 'a-scenario', playbookVersion: '2018.3' },
        { id: 'b-scenario', playbookVersion: '2018.2' },
      ],
    });
    expect(logged).toEqual([expect.stringContaining('About: scenarios/broken/scenario.yaml not read')]);
  });

  it('finds the bundled playbook and all seven scenarios in the project', async () => {
    const versions = await readContentVersions(PROJECT_ROOT, () => undefined);
    expect(versions.playbook?.id).toBe('eu-hybrid-playbook');
    expect(versions.scenarios.map((s) => s.id)).toContain('salisbury-style');
    expect(versions.scenarios).toHaveLength(7);
  });

  it('says the versions, the data folder, and that nothing goes to a network', () => {
    const text = aboutText({
      productName: 'Playbook Exercise Simulator',
      appVersion: '0.1.0',
      runtime: { Electron: '45.5.0', Chromium: '142.0' },
      playbook: { id: 'eu-hybrid-playbook', version: '2018.3' },
      scenarios: [{ id: 'salisbury-style', playbookVersion: '2018.2' }],
      dataFolder: '/home/excon/.config/Playbook Exercise Simulator/exercises',
    });
    expect(text.split('\n')).toEqual([
      'Playbook Exercise Simulator 0.1.0',
      'Playbook: eu-hybrid-playbook 2018.3',
      'Scenarios: salisbury-style (playbook 2018.2)',
      'Runtime: Electron 45.5.0, Chromium 142.0',
      'Data folder: /home/excon/.config/Playbook Exercise Simulator/exercises',
      'No network is used: no updates, no telemetry, no crash reports.',
    ]);
  });
});
