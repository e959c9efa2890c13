import { errorMessage } from '../core/index';
import { EXIT, UsageError } from './exit-codes';
import { runExport } from './export-command';
import { runImport } from './import-command';
import { runReport } from './report-command';
import { runRun } from './run-command';
import { runValidate, type CommandOutput } from './validate-command';

const HELP = `Playbook Exercise Simulator — headless runner

Usage: npm run --silent cli -- <command> [options]

Commands:
  validate <files or folders…>   check playbook and scenario documents
  run <scenario> --policy P      play a scenario headless with automated roles (doctrine, late, random)
  report <events.jsonl>          recompute metrics.json and summary.md from a journal
  import <file> --out <yaml>     turn another tool's MSEL (CSV, XLSX, T3SF or OpenBAS JSON) into a scenario
  export <scenario> --format F   write a scenario's MSEL as CSV or XLSX in the HSEEP columns
  help                           show this help

Run a command with --help for its options.`;

const COMMANDS: Record<string, (args: readonly string[], output: CommandOutput) => Promise<number>> = {
  validate: runValidate,
  run: runRun,
  report: runReport,
  import: runImport,
  export: runExport,
};

/** Run the CLI; returns the exit code. Never lets an exception reach the user as a stack trace. */
export async function main(argv: readonly string[], output: CommandOutput): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      output.out(HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(args, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`playbook-sim: ${error.message}`);
      output.err('Run "npm run --silent cli -- help" for usage.');
      return EXIT.usage;
    }
    output.err(`playbook-sim: internal error: ${errorMessage(error)}`);
    return EXIT.internal;
  }
}
