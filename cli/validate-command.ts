import path from 'node:path';
import { formatProblem, validateContent, type Problem, type SourceText } from '../core/index';
import {
  BUNDLED_PLAYBOOK_DIR,
  collectDocumentPaths,
  MissingPathError,
  readDocument,
} from '../node-adapters/index';
import { contentSummary } from './content-summary';
import { EXIT, UsageError } from './exit-codes';
import { parseOptions } from './parse-options';

export const VALIDATE_HELP = `Usage: npm run --silent cli -- validate <files or folders…>

Checks playbook and scenario documents (YAML). Folders are searched for *.yaml and *.yml files; each
document says what it is in its "kind" field. Scenarios are checked against the playbook documents given,
or against the bundled playbook (playbook/) when none are given. Playbook documents given without the
playbook's manifest (playbook.yaml) are checked within the bundled playbook, in place of its documents of
the same kind and id: that is how to check one edited mechanism.

Each problem is printed as  file:line:column: message (field path)

Options:
  --summary   after a clean check, also list what the playbook and each scenario hold
  --help      show this help

Exit codes: 0 all documents are valid · 1 a document has problems · 2 usage error · 3 internal error`;

export interface CommandOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

async function readAll(files: readonly string[]): Promise<{ sources: SourceText[]; problems: Problem[] }> {
  const sources: SourceText[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const read = await readDocument(file);
    if (read.ok) sources.push(read.source);
    else problems.push(read.problem);
  }
  return { sources, problems };
}

export async function runValidate(args: readonly string[], output: CommandOutput): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    output.out(VALIDATE_HELP);
    return EXIT.ok;
  }
  const { positional: paths, flags } = parseOptions('validate', args, { flags: ['--summary'] });
  const summary = flags.has('--summary');
  if (paths.length === 0) throw new UsageError('validate: name at least one file or folder to check');

  let files: string[];
  try {
    files = await collectDocumentPaths(paths);
  } catch (error) {
    if (error instanceof MissingPathError) throw new UsageError(`validate: ${error.message}`);
    throw error;
  }
  const given = await readAll(files);
  const bundledFiles = await collectDocumentPaths([BUNDLED_PLAYBOOK_DIR]);
  const bundled = await readAll(bundledFiles.map((file) => path.relative(process.cwd(), file) || file));
  const report = validateContent(given.sources, bundled.sources);
  const problems = [...given.problems, ...report.problems];

  for (const problem of problems) output.out(formatProblem(problem));
  const checked = `${files.length} file${files.length === 1 ? '' : 's'} checked`;
  const against = {
    none: '',
    all: ' (scenarios checked against the bundled playbook)',
    completed: ' (checked together with the rest of the bundled playbook)',
  }[report.bundledPlaybook];
  if (problems.length === 0) {
    if (summary) contentSummary(report).forEach((line) => output.out(line));
    output.out(
      `${checked}: ${report.playbookFiles} playbook, ${report.scenarioFiles} scenario; no problems${against}`,
    );
    return EXIT.ok;
  }
  output.out(`${checked}: ${problems.length} problem${problems.length === 1 ? '' : 's'}${against}`);
  return EXIT.invalidInput;
}
