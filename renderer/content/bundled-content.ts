import type { SourceText } from '../../core/index';

/**
 * The playbook and scenarios bundled into the renderer at build time: the browser has no file system, so
 * Vite inlines the YAML text and the same core loaders the CLI uses read it (docs/architecture.md §3).
 */
const PLAYBOOK_FILES = import.meta.glob('../../playbook/**/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const SCENARIO_FILES = import.meta.glob('../../scenarios/**/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function toSources(files: Record<string, string>): SourceText[] {
  return Object.entries(files)
    .map(([path, text]) => ({ path: path.replace(/^(\.\.\/)+/, ''), text }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function bundledPlaybookSources(): SourceText[] {
  return toSources(PLAYBOOK_FILES);
}

export function bundledScenarioSources(): SourceText[] {
  return toSources(SCENARIO_FILES);
}
