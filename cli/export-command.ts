import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportMsel, formatProblem, loadPlaybook, loadScenario, writeSpreadsheet } from '../core/index';
import { readBundledPlaybook } from '../node-adapters/index';
import { EXIT, UsageError } from './exit-codes';
import { parseOptions } from './parse-options';
import type { CommandOutput } from './validate-command';

export const EXPORT_HELP = `Usage: npm run --silent cli -- export <scenario> --format csv|xlsx --out <file>

Writes a scenario's MSEL in the HSEEP columns (Event Number, Designated Scenario Time, Event Type, Inject
Mode, From, To, Title, Message, Expected Participant Response, Exercise Objective, Classification, Notes)
for a spreadsheet. Injects released on a condition are exported with the condition and no time.
Importing the export gives back the same injects (playbook decisions come back as free-text actions).

Exit codes: 0 written · 1 the scenario has problems · 2 usage error`;

export async function runExport(args: readonly string[], output: CommandOutput): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    output.out(EXPORT_HELP);
    return EXIT.ok;
  }
  const { positional, values } = parseOptions('export', args, { values: ['--format', '--out'] });
  const format = values.get('--format');
  const out = values.get('--out');
  if (positional.length !== 1)
    throw new UsageError('export: name exactly one scenario (a scenario.yaml or its folder)');
  if (format !== 'csv' && format !== 'xlsx')
    throw new UsageError('export: choose --format csv or --format xlsx');
  if (!out) throw new UsageError('export: say where to write with --out <file>');
  const info = await stat(positional[0] as string).catch(() => null);
  if (!info) throw new UsageError(`export: no such file or folder: ${positional[0] as string}`);
  const file = info.isDirectory()
    ? path.join(positional[0] as string, 'scenario.yaml')
    : (positional[0] as string);
  const sources = await readBundledPlaybook();
  const playbook = loadPlaybook(sources);
  if (!playbook.ok) throw new Error('the bundled playbook does not load; run validate');
  const loaded = loadScenario({ path: file, text: await readFile(file, 'utf8') }, playbook.playbook);
  if (!loaded.ok) {
    for (const problem of loaded.problems) output.out(formatProblem(problem));
    return EXIT.invalidInput;
  }
  const rows = exportMsel(loaded.scenario);
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await writeFile(out, writeSpreadsheet(rows, format));
  output.out(`Wrote ${out}: ${rows.length - 1} injects in the HSEEP columns (${format.toUpperCase()})`);
  return EXIT.ok;
}
