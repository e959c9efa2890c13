import { errorMessage } from '../core/index';
import { EXIT, FileProblem, UsageError } from './exit-codes';
import { fileCause, fileOfError } from './output-files';
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
  report <events.jsonl>          recompute metrics.json and summary.md from a journal; with
                                 --compare OTHER.jsonl, compare it with another run
  import <file> --out <yaml>     turn another tool's MSEL (CSV, XLSX, T3SF or OpenBAS JSON) into a scenario
  export <scenario> --format F   write a scenario's MSEL as CSV or XLSX in the HSEEP columns
  help                           show this help

Run a command with --help for its options. Exit codes of every command: 0 done · 1 a problem in the
input, or a file that cannot be read or written · 2 usage error · 3 internal error (a bug). Problems and
usage errors are printed on stdout; stderr is only for internal errors.`;

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
    // A user's mistake or a file problem is said on stdout, as every command reports the problems of its
    // input, so stderr stays empty unless the program itself is at fault.
    if (error instanceof UsageError) {
      output.out(`playbook-sim: ${error.message}`);
      output.out('Run "npm run --silent cli -- help" for usage.');
      return EXIT.usage;
    }
    if (error instanceof FileProblem) {
      output.out(`playbook-sim: ${error.message}`);
      return EXIT.invalidInput;
    }
    // A file-system error no command translated still names a path and a cause the user can act on.
    const cause = fileCause(error);
    const file = fileOfError(error);
    if (cause !== null && file !== null) {
      output.out(`playbook-sim: ${command}: ${file}: ${cause}`);
      return EXIT.invalidInput;
    }
    output.err(`playbook-sim: internal error: ${errorMessage(error)}`);
    return EXIT.internal;
  }
}
