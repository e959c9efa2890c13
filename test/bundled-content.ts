// The playbook and scenarios that ship with the app, read from disk for the content tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../node-adapters/index';
import { loadPlaybook, type Playbook, type SourceText } from '../core/index';

function yamlUnder(folder: string): SourceText[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) return yamlUnder(full);
      return /\.ya?ml$/.test(name)
        ? [{ path: path.relative(PROJECT_ROOT, full), text: readFileSync(full, 'utf8') }]
        : [];
    });
}

export const bundledPlaybookSources = (): SourceText[] => yamlUnder(path.join(PROJECT_ROOT, 'playbook'));
export const bundledScenarioSources = (): SourceText[] => yamlUnder(path.join(PROJECT_ROOT, 'scenarios'));

export function loadBundledPlaybook(): Playbook {
  const loaded = loadPlaybook(bundledPlaybookSources());
  if (!loaded.ok)
    throw new Error(
      `bundled playbook invalid:\n${loaded.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')}`,
    );
  return loaded.playbook;
}
