import { stringify } from 'yaml';
import {
  formatImportReport,
  formatProblem,
  importMsel,
  loadScenario,
  readSpreadsheet,
  type OpenedFile,
  type Playbook,
  type ScenarioDocument,
  type SourceText,
} from '../../core/index';

export type OpenedDocument =
  | { ok: true; kind: 'scenario' | 'msel'; scenario: ScenarioDocument; source: SourceText; report: string[] }
  | { ok: false; fileName: string; report: string[] };

const YAML = /\.ya?ml$/i;

/**
 * A file the controller opened from disk, as a scenario to play: a scenario YAML is validated; a spreadsheet or
 * JSON MSEL from another tool is imported into a draft, which is then validated like any scenario. Every
 * problem comes back as report lines naming the file, line, row or field; nothing throws.
 */
export function openDocument(file: OpenedFile, playbook: Playbook, today: string): OpenedDocument {
  if (YAML.test(file.name)) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(file.bytes);
    const source = { path: file.name, text };
    const loaded = loadScenario(source, playbook);
    if (!loaded.ok) return { ok: false, fileName: file.name, report: loaded.problems.map(formatProblem) };
    return {
      ok: true,
      kind: 'scenario',
      scenario: loaded.scenario,
      source,
      report: [`${file.name}: no problems`],
    };
  }
  const read = readSpreadsheet(file.bytes, file.name);
  if (!read.ok) return { ok: false, fileName: file.name, report: [`${file.name}: ${read.reason}`] };
  const base = file.name.replace(/\.[^.]+$/, '');
  const id =
    base
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^(?=[^a-z])/, 'msel-')
      .slice(0, 50) || 'imported-msel';
  const { scenario, report } = importMsel(read.sheet.rows, {
    id,
    title: `Imported MSEL: ${file.name}`,
    start: { date: today, time: '09:00', timeZone: 'Europe/Brussels' },
    playbook,
  });
  const lines = formatImportReport(file.name, read.sheet.notes, report);
  if (report.imported === 0)
    return { ok: false, fileName: file.name, report: [...lines, `${file.name}: no readable inject`] };
  lines.push(`Assumed: T0 is ${today} 09:00 Europe/Brussels (the import's default start)`);
  const source = { path: `${id}.yaml`, text: stringify(scenario) };
  const loaded = loadScenario(source, playbook);
  if (!loaded.ok)
    return { ok: false, fileName: file.name, report: [...lines, ...loaded.problems.map(formatProblem)] };
  return { ok: true, kind: 'msel', scenario: loaded.scenario, source, report: lines };
}
