import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import {
  formatProblem,
  importMsel,
  loadScenario,
  MSEL_FIELDS,
  readSpreadsheet,
  type MselField,
} from '../core/index';
import { readBundledPlaybook } from '../node-adapters/index';
import { formatImportReport, loadPlaybook } from '../core/index';
import { EXIT, UsageError } from './exit-codes';
import { parseOptions } from './parse-options';
import type { CommandOutput } from './validate-command';

export const IMPORT_HELP = `Usage: npm run --silent cli -- import <file> --out <scenario.yaml> [options]

Turns an MSEL from another tool into a scenario draft that validates and plays: CSV (comma, semicolon or
tab; UTF-8 or Windows-1252), XLSX (first sheet, or --sheet), or the JSON exports of T3SF and OpenBAS.
Columns are recognised from the header row (HSEEP, Blueprint, Conducttr, T3SF, OpenBAS, Preparedex and
generic names); a sheet without a header has its columns guessed, and the report says so. Senders and
recipients the playbook does not know become local roles; expected responses become free-text expected
actions. Unreadable rows are reported with their number; the rest is imported.

Options:
  --out FILE         where to write the scenario (required)
  --sheet NAME|N     the sheet of a workbook (default: the first)
  --start DATE       the in-world start, YYYY-MM-DDTHH:MM (default 2024-01-01T09:00); absolute times in
                     the MSEL are read against it
  --time-zone ZONE   IANA time zone of the start (default Europe/Brussels)
  --roles MAP        names to playbook roles: "Ministry of Health=ms-affected-health,Presidency=presidency"
  --columns MAP      column numbers (from 1) to fields: "1=time,2=from,3=to,4=text"; fields: number, time,
                     type, channel, from, to, title, text, expected, objective, notes, track, marking
  --id ID --title T  the scenario's id and title (default: from the file name)

Exit codes: 0 imported · 1 the file cannot be read or holds no readable inject · 2 usage error`;

function pairs(text: string, option: string): [string, string][] {
  return text.split(',').map((entry) => {
    const at = entry.lastIndexOf('=');
    if (at <= 0)
      throw new UsageError(`import: ${option} takes name=value pairs separated by commas, not "${entry}"`);
    return [entry.slice(0, at).trim(), entry.slice(at + 1).trim()];
  });
}

export async function runImport(args: readonly string[], output: CommandOutput): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    output.out(IMPORT_HELP);
    return EXIT.ok;
  }
  const { positional, values } = parseOptions('import', args, {
    values: ['--out', '--sheet', '--start', '--time-zone', '--roles', '--columns', '--id', '--title'],
  });
  if (positional.length !== 1) throw new UsageError('import: name exactly one MSEL file');
  const file = positional[0] as string;
  const out = values.get('--out');
  if (!out) throw new UsageError('import: say where to write the scenario with --out <scenario.yaml>');
  if (!(await stat(file).catch(() => null))?.isFile()) throw new UsageError(`import: no such file: ${file}`);
  const startText = values.get('--start') ?? '2024-01-01T09:00';
  const startMatch = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(startText);
  if (!startMatch) throw new UsageError(`import: --start takes YYYY-MM-DDTHH:MM, not "${startText}"`);
  const columns = values.has('--columns')
    ? new Map(
        pairs(values.get('--columns') as string, '--columns').map(([column, field]) => {
          if (!/^\d+$/.test(column) || !MSEL_FIELDS.includes(field as MselField))
            throw new UsageError(
              `import: --columns: "${column}=${field}" is not a column number and a field (${MSEL_FIELDS.join(', ')})`,
            );
          return [Number(column) - 1, field as MselField] as const;
        }),
      )
    : undefined;

  const read = readSpreadsheet(
    new Uint8Array(await readFile(file)),
    file,
    values.has('--sheet') ? { sheet: values.get('--sheet') as string } : {},
  );
  if (!read.ok) {
    output.out(`${file}: ${read.reason}`);
    return EXIT.invalidInput;
  }
  const sources = await readBundledPlaybook();
  const loaded = loadPlaybook(sources);
  if (!loaded.ok) throw new Error('the bundled playbook does not load; run validate');
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const id =
    values.get('--id') ??
    (base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^(?=\d)/, 'msel-') ||
      'imported');
  const { scenario, report } = importMsel(read.sheet.rows, {
    id,
    title: values.get('--title') ?? `Imported MSEL: ${path.basename(file)}`,
    start: {
      date: startMatch[1] as string,
      time: startMatch[2] as string,
      timeZone: values.get('--time-zone') ?? 'Europe/Brussels',
    },
    playbook: loaded.playbook,
    ...(values.has('--roles')
      ? { roleNames: Object.fromEntries(pairs(values.get('--roles') as string, '--roles')) }
      : {}),
    ...(columns ? { columns } : {}),
  });

  for (const line of formatImportReport(file, read.sheet.notes, report)) output.out(line);
  if (report.imported === 0) {
    output.out(`${file}: no readable inject; nothing was written`);
    return EXIT.invalidInput;
  }
  const text = `# Imported from ${path.basename(file)} by "playbook-sim import"; review before play.\n${stringify(scenario)}`;
  const check = loadScenario({ path: out, text }, loaded.playbook);
  if (!check.ok) {
    for (const problem of check.problems) output.out(formatProblem(problem));
    throw new Error('the imported draft does not validate; this is a bug in the importer');
  }
  await writeFile(out, text);
  output.out(
    `Wrote ${out}: ${report.imported} injects (${report.rowProblems.length} rows not imported); it validates against the bundled playbook.`,
  );
  return EXIT.ok;
}
