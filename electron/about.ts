import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { errorMessage } from '../core/index';

/** What About shows: the app, the runtime it runs on, and the content it ships. */
export interface AboutFacts {
  productName: string;
  appVersion: string;
  runtime: Record<string, string>;
  playbook: { id: string; version: string } | null;
  scenarios: { id: string; playbookVersion: string }[];
  dataFolder: string;
}

/** A YAML document's top-level field as text, or null. */
function field(document: unknown, ...names: string[]): string | null {
  let value: unknown = document;
  for (const name of names)
    value =
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/**
 * The playbook's id and version and each bundled scenario's id with the playbook version it was written for,
 * read from the app's own folder (inside the asar when packaged). A file that cannot be read is left out of
 * About, which is no place to report it: the host reports it when the content is loaded.
 */
export async function readContentVersions(
  appRoot: string,
  log: (line: string) => void,
): Promise<Pick<AboutFacts, 'playbook' | 'scenarios'>> {
  const readYaml = async (file: string): Promise<unknown> => {
    try {
      return parse(await readFile(file, 'utf8')) as unknown;
    } catch (error) {
      log(`About: ${path.relative(appRoot, file)} not read: ${errorMessage(error)}`);
      return null;
    }
  };
  const manifest = await readYaml(path.join(appRoot, 'playbook', 'playbook.yaml'));
  const [id, version] = [field(manifest, 'id'), field(manifest, 'version')];
  const scenarios: AboutFacts['scenarios'] = [];
  const folders = await readdir(path.join(appRoot, 'scenarios'), { withFileTypes: true }).catch(() => []);
  for (const folder of folders
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()) {
    const scenario = await readYaml(path.join(appRoot, 'scenarios', folder, 'scenario.yaml'));
    const scenarioId = field(scenario, 'id');
    if (scenarioId !== null)
      scenarios.push({ id: scenarioId, playbookVersion: field(scenario, 'playbook', 'version') ?? '?' });
  }
  return { playbook: id !== null && version !== null ? { id, version } : null, scenarios };
}

/** About's text: what a controller reads out when asked which version ran the exercise. */
export function aboutText(facts: AboutFacts): string {
  const runtime = Object.entries(facts.runtime).map(([name, version]) => `${name} ${version}`);
  return [
    `${facts.productName} ${facts.appVersion}`,
    `Playbook: ${facts.playbook ? `${facts.playbook.id} ${facts.playbook.version}` : 'not found'}`,
    `Scenarios: ${facts.scenarios.map((s) => `${s.id} (playbook ${s.playbookVersion})`).join(', ') || 'none'}`,
    `Runtime: ${runtime.join(', ')}`,
    `Data folder: ${facts.dataFolder}`,
    'No network is used: no updates, no telemetry, no crash reports.',
  ].join('\n');
}
