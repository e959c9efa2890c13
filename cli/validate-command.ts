import path from 'node:path';
import { formatProblem, validateContent, type Problem, type SourceText } from '../core/index';
import {
  BUNDLED_PLAYBOOK_DIR,
  collectDocumentPaths,
  collectDocuments,
  MissingPathError,
  readDocument,
} from '../node-adapters/index';
import { contentSummary } from './content-summary';
import { EXIT, UsageError } from './exit-codes';
import { parseOptions } from './parse-options';

export const VALIDATE_HELP = `Usage: npm run --silent cli -- validate <files or folders…>

Checks playbook and scenario documents (YAML, in UTF-8, or UTF-16 with a byte-order mark). Folders are
searched for *.yaml and *.yml files, following symbolic links; a folder with no document, and a link that
is broken or loops, is a problem. Each document says what it is in its "kind" field. Scenarios are checked against the playbook documents given,
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

interface ReadAll {
  sources: SourceText[];
  problems: Problem[];
  /** Files read in another encoding than UTF-8: `file: read as UTF-16LE …`. */
  notes: string[];
}

async function readAll(files: readonly string[]): Promise<ReadAll> {
  const all: ReadAll = { sources: [], problems: [], notes: [] };
  for (const file of files) {
    const read = await readDocument(file);
    if (!read.ok) all.problems.push(read.problem);
    else {
      all.sources.push(read.source);
      if (read.encoding !== 'UTF-8')
        all.notes.push(
          `${file}: read as ${read.encoding} text (byte-order mark); other tools may expect UTF-8`,
        );
    }
  }
  return all;
}

export async function runValidate(args: readonly string[], output: CommandOutput): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    output.out(VALIDATE_HELP);
    return EXIT.ok;
  }
  const { positional: paths, flags } = parseOptions('validate', args, { flags: ['--summary'] });
  const summary = flags.has('--summary');
  if (paths.length === 0) throw new UsageError('validate: name at least one file or folder to check');

  let collected: Awaited<ReturnType<typeof collectDocuments>>;
  try {
    collected = await collectDocuments(paths);
  } catch (error) {
    if (error instanceof MissingPathError) throw new UsageError(`validate: ${error.message}`);
    throw error;
  }
  const { files } = collected;
  const given = await readAll(files);
  given.notes.forEach((note) => output.out(note));
  // Folders with no document and links that lead nowhere are problems of the input, printed first.
  const searched = collected.problems.map((problem) => `${problem.path}: ${problem.message}`);
  const bundledFiles = await collectDocumentPaths([BUNDLED_PLAYBOOK_DIR]);
  const bundled = await readAll(bundledFiles.map((file) => path.relative(process.cwd(), file) || file));
  const report = validateContent(given.sources, bundled.sources);
  const problems = [...given.problems, ...report.problems];

  searched.forEach((line) => output.out(line));
  for (const problem of problems) output.out(formatProblem(problem));
  const count = searched.length + problems.length;
  const checked = `${files.length} file${files.length === 1 ? '' : 's'} checked`;
  const against = {
    none: '',
    all: ' (scenarios checked against the bundled playbook)',
    completed: ' (checked together with the rest of the bundled playbook)',
  }[report.bundledPlaybook];
  if (count === 0) {
    if (summary) contentSummary(report).forEach((line) => output.out(line));
    output.out(
      `${checked}: ${report.playbookFiles} playbook, ${report.scenarioFiles} scenario; no problems${against}`,
    );
    return EXIT.ok;
  }
  output.out(`${checked}: ${count} problem${count === 1 ? '' : 's'}${against}`);
  return EXIT.invalidInput;
}
