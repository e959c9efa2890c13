import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { formatProblem, importMsel, loadScenario, readSpreadsheet } from '../core/index';
import { readBundledPlaybook } from '../node-adapters/index';
import { formatImportReport, loadPlaybook } from '../core/index';
import { EXIT, UsageError } from './exit-codes';
import { parseImportColumns, parseRoleNames, scenarioIdOption } from './import-options';
import { checkOutputFile, problemOf, requireInputFile, writeOutputFile } from './output-files';
import { parseOptions } from './parse-options';
import { parseStartOption } from './start-option';
import type { CommandOutput } from './validate-command';

export const IMPORT_HELP = `Usage: npm run --silent cli -- import <file> --out <scenario.yaml> [options]

Turns an MSEL from another tool into a scenario draft that validates and plays: CSV (comma, semicolon or
tab; UTF-8 or Windows-1252), XLSX (first sheet, or --sheet), or the JSON exports of T3SF and OpenBAS.
Columns are recognised from the header row (HSEEP, Blueprint, Conducttr, T3SF, OpenBAS, Preparedex and
generic names, in English, French, German, Dutch, Spanish or Italian); a column whose header is unknown,
or every column of a sheet without a header, is guessed from its cells, and the report says which and as
what. Senders and recipients the playbook does not know become local roles: those that receive injects
are the training audience, played at stations; the others are simulated by the SimCell. Expected
responses become free-text expected actions. Unreadable rows are reported with their number; the rest is
imported.

Options:
  --out FILE         where to write the scenario (required; missing folders are made)
  --force            replace FILE if it exists (never the MSEL being imported)
  --sheet NAME|N     the sheet of a workbook (default: the first); only for XLSX, XLS or ODS
  --start DATE       the in-world start (default 2024-01-01T09:00), a real date and time in ISO 8601:
                     YYYY-MM-DDTHH:MM, with :00 seconds or none; absolute times in the MSEL are read
                     against it. A Z or an offset (+02:00) must be the time zone's offset at that moment
                     (the start is written as the time zone's local time, so it is refused otherwise)
  --time-zone ZONE   IANA time zone of the start (default Europe/Brussels)
  --roles MAP        names to playbook roles: "Ministry of Health=ms-affected-health,Presidency=presidency";
                     each role must be a role id of the bundled playbook
  --columns MAP      column numbers (from 1) to fields: "1=time,2=from,3=to,4=text", each column and each
                     field once; fields: number, time, type, channel, from, to, title, text, expected,
                     objective, notes, track, marking
  --id ID --title T  the scenario's id (lower-case kebab-case, e.g. port-exercise) and title (default: from
                     the file name)
Each option is given at most once.

Exit codes: 0 imported · 1 the file cannot be read, holds no readable inject, or FILE cannot be written · 2
usage error (a bad or repeated option, FILE exists without --force, FILE is the MSEL itself) · 3 internal error`;

export async function runImport(args: readonly string[], output: CommandOutput): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    output.out(IMPORT_HELP);
    return EXIT.ok;
  }
  const { positional, values, flags } = parseOptions('import', args, {
    values: ['--out', '--sheet', '--start', '--time-zone', '--roles', '--columns', '--id', '--title'],
    flags: ['--force'],
  });
  if (positional.length !== 1) throw new UsageError('import: name exactly one MSEL file');
  const file = positional[0] as string;
  const out = values.get('--out');
  if (!out) throw new UsageError('import: say where to write the scenario with --out <scenario.yaml>');
  // Every option is checked before anything is read or written, so a mistake costs nothing.
  const start = parseStartOption(values.get('--start'), values.get('--time-zone'));
  const columns = values.has('--columns') ? parseImportColumns(values.get('--columns') as string) : undefined;
  const id = scenarioIdOption(values.get('--id'), file);
  const title = values.get('--title') ?? `Imported MSEL: ${path.basename(file)}`;
  if (title.trim() === '') throw new UsageError('import: --title needs some text');
  if (values.has('--sheet') && !/\.(xlsx|xls|ods)$/i.test(file))
    throw new UsageError(`import: --sheet is for a workbook (XLSX, XLS or ODS); ${file} is not one`);
  await requireInputFile('import', file);
  await checkOutputFile('import', out, { force: flags.has('--force'), inputs: [file] });
  const sources = await readBundledPlaybook();
  const loaded = loadPlaybook(sources);
  if (!loaded.ok) throw new Error('the bundled playbook does not load; run validate');
  const roleNames = values.has('--roles')
    ? parseRoleNames(
        values.get('--roles') as string,
        loaded.playbook.roles.map((role) => role.id),
      )
    : undefined;

  const bytes = await readFile(file).catch((error: unknown) => {
    throw problemOf('import', 'cannot read', file, error);
  });
  const read = readSpreadsheet(
    new Uint8Array(bytes),
    file,
    values.has('--sheet') ? { sheet: values.get('--sheet') as string } : {},
  );
  if (!read.ok) {
    output.out(`${file}: ${read.reason}`);
    return EXIT.invalidInput;
  }
  const { scenario, report } = importMsel(read.sheet.rows, {
    id,
    title,
    start,
    playbook: loaded.playbook,
    ...(roleNames ? { roleNames } : {}),
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
  await writeOutputFile('import', out, text);
  output.out(
    `Wrote ${out}: ${report.imported} injects (${report.rowProblems.length} rows not imported); it validates against the bundled playbook.`,
  );
  return EXIT.ok;
}
