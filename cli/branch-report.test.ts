// What `report` says of a what-if branch, on the fixture journals: the branch of envelope v5 and its origin,
// the v4 fixture; copies of them edited in one line stand for journals changed since the branch was made.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node-adapters/index';
import { branchReportLines, type ReadRun } from './branch-report';
import { readJournalModels } from './read-journal-models';

const fixture = (folder: string) => path.join(PROJECT_ROOT, 'test/fixtures/journals', folder, 'events.jsonl');
const BRANCH = fixture('what-if-branch-v5');
const ORIGIN = fixture('improvement-plan-v4');
const WHERE =
  'a what-if branch of pace-rehearsal-hand-played ("PACE rehearsal (hand-played)") after its event 188 (T+3d)';

async function run(file: string, chain = true): Promise<ReadRun> {
  const read = await readJournalModels(file, { chain });
  if (read.kind !== 'read') throw new Error(read.message);
  return { file, models: read.models, links: read.links };
}

/** A copy of a journal with line `line` (1-based) given one more millisecond of wall time. */
function editedCopy(file: string, line: number): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const event = JSON.parse(lines[line - 1] as string) as { wallMs: number };
  event.wallMs += 1;
  lines[line - 1] = JSON.stringify(event);
  const copy = path.join(mkdtempSync(path.join(tmpdir(), 'pbsim-branch-report-')), 'events.jsonl');
  writeFileSync(copy, lines.join('\n'));
  return copy;
}

describe('branchReportLines', () => {
  it('says the branch’s copied part is its origin’s, whichever journal is named first', async () => {
    const [branch, origin] = [await run(BRANCH), await run(ORIGIN)];
    const said = `${BRANCH}: ${WHERE}: the part before the branch is its origin’s, event for event`;
    expect(branchReportLines(branch, origin)).toEqual([said]);
    expect(branchReportLines(origin, branch)).toEqual([said]);
    expect(branchReportLines(origin, null)).toEqual([]);
  });

  it('names the first event where an edited origin and the branch part', async () => {
    const edited = editedCopy(ORIGIN, 100);
    expect(branchReportLines(await run(BRANCH), await run(edited))).toEqual([
      `${BRANCH}: ${WHERE}: the part before the branch differs from ${edited} at event 100: one of the two journals is not as it was when the branch was made`,
    ]);
  });

  it('says so when the branch’s own copy was changed, and how to check a branch reported alone', async () => {
    const edited = editedCopy(BRANCH, 3);
    expect(branchReportLines(await run(edited), await run(ORIGIN))).toEqual([
      `${edited}: ${WHERE}: the part before the branch no longer hashes as it did when the branch was made: the journal was changed`,
    ]);
    expect(branchReportLines(await run(BRANCH, false), null)).toEqual([
      `${BRANCH}: ${WHERE}; compare it with its origin's journal (--compare) to check the part before the branch`,
    ]);
  });
});
