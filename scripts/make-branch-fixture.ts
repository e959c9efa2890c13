// Makes the what-if branch fixture journal of test/fixtures/journals/ (README there, envelope v5): the
// hand-played PACE rehearsal of improvement-plan-v4 branched before the Presidency activated the IPCR in
// information-sharing mode, and played on otherwise — full activation at once, coordinated messaging agreed
// with NATO — then ended. Its first events are the v4 fixture's, under the branch's id.
//
//   npx tsx scripts/make-branch-fixture.ts <out-file> [--force]
//
// Made once, by the version it records, and committed; later versions must reopen it with the same figures.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { branchLog, decodeJournal, encodeEvents, ExerciseEngine, MemoryEventStore } from '../core/index';

const ORIGIN = 'test/fixtures/journals/improvement-plan-v4/events.jsonl';
const HOUR = 3_600_000;

async function main(args: readonly string[]): Promise<number> {
  const out = args.find((arg) => !arg.startsWith('--'));
  if (!out) {
    console.error('usage: tsx scripts/make-branch-fixture.ts <out-file> [--force]');
    return 2;
  }
  if (!args.includes('--force') && (await stat(out).catch(() => null))) {
    console.error(`${out} exists: add --force to replace it`);
    return 2;
  }
  const origin = decodeJournal(await readFile(ORIGIN, 'utf8'), { trusted: false }).events;
  // The branch point: the event before the Presidency's PRESIDENCY_ACTIVATE_INFO_SHARING.
  const activation = origin.find(
    (event) => event.type === 'decision.taken' && event.payload.event === 'PRESIDENCY_ACTIVATE_INFO_SHARING',
  );
  if (!activation) throw new Error(`${ORIGIN} has no PRESIDENCY_ACTIVATE_INFO_SHARING`);
  const atSeq = activation.seq - 1;
  let wallMs = Date.UTC(2026, 11, 4, 14, 0, 0);
  const exerciseId = 'pace-rehearsal-what-if';
  const events = branchLog(
    origin.slice(0, atSeq),
    { name: 'PACE rehearsal (hand-played)' },
    {
      exerciseId,
      name: 'PACE rehearsal — what if the Presidency activates the IPCR in full at once',
      wallMs,
      actor: { role: 'excon', station: 'console', actingAs: null },
    },
  );
  const store = new MemoryEventStore(exerciseId);
  await store.append(events);
  const engine = await ExerciseEngine.open(store);
  let counter = 0;
  const send = async (role: string, type: string, payload: Record<string, unknown> = {}) => {
    wallMs += 30_000;
    const station = role === 'excon' ? 'console' : `station-${role}`;
    const reply = await engine.execute(
      // Ids of their own: a command id already in the copied part is answered as a resend and does nothing.
      {
        commandId: `what-if-${station}-${++counter}`,
        type,
        issuedBy: { role, station },
        payload,
        clientTs: wallMs,
      },
      wallMs,
    );
    if (!reply.ok) throw new Error(`${role} ${type} refused: ${reply.reason}`);
  };
  await send('excon', 'exercise/resume');
  await send('presidency', 'decision/take', {
    machine: 'ipcr',
    event: 'PRESIDENCY_ACTIVATE_FULL',
    fields: {},
    rationale: 'A chemical attack on EU soil: full mode from the start',
  });
  await send('eu-liaison-nato', 'decision/take', {
    machine: 'eu-nato-link',
    event: 'AGREE_COORDINATED_MESSAGING',
    fields: {},
    rationale: 'One line with NATO PDD from the first day',
  });
  await send('excon', 'exercise/jump-to', { scenarioMs: engine.state.lastScenarioMs + 48 * HOUR });
  await send('excon', 'exercise/end');
  await writeFile(out, encodeEvents(engine.events));
  console.log(`${out}: ${engine.events.length} events, branched after event ${atSeq} of ${ORIGIN}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
