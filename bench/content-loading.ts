// How long loading and checking the bundled content takes, against the bare YAML parse of the same files
// measured in the same run: the ratio is the cost of the schema, the static checks and the machine builds.
import { parseDocument } from 'yaml';
import { collectDocumentPaths, PROJECT_ROOT, readDocument } from '../node-adapters/index';
import { buildMechanismMachine, loadPlaybook, loadScenario, type SourceText } from '../core/index';
import { medianMs, printTable } from './measure';

async function read(folder: string): Promise<SourceText[]> {
  const sources: SourceText[] = [];
  for (const file of await collectDocumentPaths([`${PROJECT_ROOT}/${folder}`])) {
    const result = await readDocument(file);
    if (result.ok) sources.push(result.source);
  }
  return sources;
}

export async function benchContentLoading(): Promise<void> {
  const playbookSources = await read('playbook');
  const scenarioSources = (await read('scenarios')).filter((source) => /kind:\s*scenario/.test(source.text));
  const loaded = loadPlaybook(playbookSources);
  if (!loaded.ok) throw new Error('the bundled playbook does not load; run validate');
  const { playbook } = loaded;
  const bytes = [...playbookSources, ...scenarioSources].reduce((sum, source) => sum + source.text.length, 0);

  const parseOnly = medianMs(() => {
    for (const source of [...playbookSources, ...scenarioSources]) parseDocument(source.text).toJS();
  });
  const loadAll = medianMs(() => {
    const result = loadPlaybook(playbookSources);
    if (!result.ok) throw new Error('unreachable: loaded once already');
    for (const source of scenarioSources) loadScenario(source, result.playbook);
  });
  const buildAll = medianMs(() => {
    for (const mechanism of playbook.mechanisms.values()) buildMechanismMachine(mechanism, '2019-11-04');
  });

  printTable(
    `Content loading (${playbookSources.length} playbook and ${scenarioSources.length} scenario documents, ${(bytes / 1024).toFixed(0)} KiB)`,
    [
      ['YAML parse only (baseline)', `${parseOnly.toFixed(1)} ms`],
      ['load + check playbook and scenarios', `${loadAll.toFixed(1)} ms`],
      ['ratio to the bare parse', `${(loadAll / parseOnly).toFixed(2)}×`],
      [`build all ${playbook.mechanisms.size} machines for one date`, `${buildAll.toFixed(1)} ms`],
    ],
  );
}
