import { stat } from 'node:fs/promises';
import path from 'node:path';
import { exportMsel, formatProblem, loadPlaybook, loadScenario, writeSpreadsheet } from '../core/index';
import { readBundledPlaybook, readDocument } from '../node-adapters/index';
import { EXIT, UsageError } from './exit-codes';
import { checkOutputFile, requireInputFile, writeOutputFile } from './output-files';
import { parseOptions } from './parse-options';
import type { CommandOutput } from './validate-command';

export const EXPORT_HELP = `Usage: npm run --silent cli -- export <scenario> --format csv|xlsx --out <file> [--force]

Writes a scenario's MSEL in the HSEEP columns (Event Number, Designated Scenario Time, Event Type, Inject
Mode, From, To, Title, Message, Expected Participant Response, Exercise Objective, Classification, Notes)
for a spreadsheet. Injects released on a condition are exported with the condition and no time.
Importing the export gives back the same injects (playbook decisions come back as free-text actions).

Options:
  --format F   csv or xlsx (required); the --out file's extension, if it has one, must agree
  --out FILE   where to write (required; missing folders are made)
  --force      replace FILE if it exists (never the scenario being exported)
Each option is given at most once.

Exit codes: 0 written · 1 the scenario has problems, or FILE cannot be written · 2 usage error (a bad or
repeated option, FILE exists without --force, FILE is the scenario itself) · 3 internal error`;

export async function runExport(args: readonly string[], output: CommandOutput): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    output.out(EXPORT_HELP);
    return EXIT.ok;
  }
  const { positional, values, flags } = parseOptions('export', args, {
    values: ['--format', '--out'],
    flags: ['--force'],
  });
  const format = values.get('--format');
  const out = values.get('--out');
  if (positional.length !== 1)
    throw new UsageError('export: name exactly one scenario (a scenario.yaml or its folder)');
  if (format !== 'csv' && format !== 'xlsx')
    throw new UsageError('export: choose --format csv or --format xlsx');
  if (!out) throw new UsageError('export: say where to write with --out <file>');
  const extension = path.extname(out).slice(1).toLowerCase();
  if (
    ['csv', 'xlsx', 'xls', 'ods', 'tsv', 'txt', 'json', 'yaml', 'yml'].includes(extension) &&
    extension !== format
  )
    throw new UsageError(
      `export: --out ${out} ends in .${extension} but --format is ${format}; make them agree`,
    );
  const info = await stat(positional[0] as string).catch(() => null);
  if (!info) throw new UsageError(`export: no such file or folder: ${positional[0] as string}`);
  const file = info.isDirectory()
    ? path.join(positional[0] as string, 'scenario.yaml')
    : (positional[0] as string);
  await requireInputFile('export', file);
  await checkOutputFile('export', out, { force: flags.has('--force'), inputs: [file] });
  // Read as validate and run read it: UTF-16 with a byte-order mark is decoded, other encodings are named.
  const read = await readDocument(file);
  if (!read.ok) {
    output.out(formatProblem(read.problem));
    return EXIT.invalidInput;
  }
  const sources = await readBundledPlaybook();
  const playbook = loadPlaybook(sources);
  if (!playbook.ok) throw new Error('the bundled playbook does not load; run validate');
  const loaded = loadScenario(read.source, playbook.playbook);
  if (!loaded.ok) {
    for (const problem of loaded.problems) output.out(formatProblem(problem));
    return EXIT.invalidInput;
  }
  const rows = exportMsel(loaded.scenario);
  await writeOutputFile('export', out, writeSpreadsheet(rows, format));
  output.out(`Wrote ${out}: ${rows.length - 1} injects in the HSEEP columns (${format.toUpperCase()})`);
  return EXIT.ok;
}
