import path from 'node:path';
import { MSEL_FIELDS, type MselField } from '../core/index';
import { UsageError } from './exit-codes';

// The map-like options of `import`, checked before anything is read: a mistake in them is the user's, named
// with its option, and never reaches the importer (whose draft would then fail to validate).

/** "a=b,c=d" as pairs; an entry without a name before its "=" is refused. */
function pairs(text: string, option: string): [string, string][] {
  return text.split(',').map((entry) => {
    const at = entry.lastIndexOf('=');
    if (at <= 0)
      throw new UsageError(`import: ${option} takes name=value pairs separated by commas, not "${entry}"`);
    return [entry.slice(0, at).trim(), entry.slice(at + 1).trim()];
  });
}

/** `--columns "1=time,2=text"`: 0-based column index → field; columns count from 1, each column and field once. */
export function parseImportColumns(text: string): Map<number, MselField> {
  const columns = new Map<number, MselField>();
  const fields = new Set<MselField>();
  for (const [column, field] of pairs(text, '--columns')) {
    if (!/^\d+$/.test(column) || !MSEL_FIELDS.includes(field as MselField))
      throw new UsageError(
        `import: --columns: "${column}=${field}" is not a column number and a field (${MSEL_FIELDS.join(', ')})`,
      );
    const number = Number(column);
    if (number < 1) throw new UsageError(`import: --columns: columns count from 1, not "${column}"`);
    if (columns.has(number - 1)) throw new UsageError(`import: --columns: column ${number} is given twice`);
    if (fields.has(field as MselField))
      throw new UsageError(`import: --columns: field "${field}" is given twice`);
    columns.set(number - 1, field as MselField);
    fields.add(field as MselField);
  }
  return columns;
}

/** `--roles "Name=role-id,…"`: each role must be one of the playbook's; each name once. */
export function parseRoleNames(text: string, roleIds: readonly string[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [name, role] of pairs(text, '--roles')) {
    if (!roleIds.includes(role))
      throw new UsageError(
        `import: --roles: "${role}" (for "${name}") is not a role of the bundled playbook; roles: ${roleIds.join(', ')}`,
      );
    if (Object.hasOwn(names, name)) throw new UsageError(`import: --roles: "${name}" is given twice`);
    names[name] = role;
  }
  return names;
}

// The scenario schema's id (KebabId in core/documents): lower-case words of letters and digits joined by "-".
const SCENARIO_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** `--id`, checked as the scenario schema checks it; without it, an id made from the file's name. */
export function scenarioIdOption(given: string | undefined, file: string): string {
  if (given !== undefined) {
    if (!SCENARIO_ID.test(given))
      throw new UsageError(
        `import: --id "${given}" is not a scenario id: lower-case letters, digits and single hyphens, starting with a letter (e.g. port-exercise)`,
      );
    return given;
  }
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  return (
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^(?=\d)/, 'msel-') || 'imported'
  );
}
