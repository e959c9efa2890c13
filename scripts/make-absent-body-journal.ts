// Makes the fixture journal of control playing bodies a scenario does not play (test/fixtures/journals/
// README): test/fixtures/nato-not-live-scenario.yaml, where no NATO body is played, played through the engine
// as the console would, the NATO white cell and the SimCell acting as the NAC, the NATO liaison and a
// non-EU Ally; saved as the app's backup saves it (one canonical JSON line per event).
//
//   npx tsx scripts/make-absent-body-journal.ts <out-file> [--force]
//
// A fixture is made once, by the version it records, and committed; later versions must reopen it with
// the same figures. Rerunning this script with a later version makes a new fixture, never a replacement.
import { stat, writeFile } from 'node:fs/promises';
import {
  describeProblems,
  encodeEvents,
  ExerciseEngine,
  loadExerciseContent,
  MemoryEventStore,
  type CommandReply,
} from '../core/index';
import { readBundledPlaybook, readDocument } from '../node-adapters/index';

const HOUR = 3_600_000;

async function main(args: readonly string[]): Promise<number> {
  const out = args.find((arg) => !arg.startsWith('--'));
  if (!out) {
    console.error('usage: tsx scripts/make-absent-body-journal.ts <out-file> [--force]');
    return 2;
  }
  if (!args.includes('--force') && (await stat(out).catch(() => null))) {
    console.error(`${out} exists: add --force to replace it`);
    return 2;
  }
  const playbook = await readBundledPlaybook();
  const read = await readDocument('test/fixtures/nato-not-live-scenario.yaml');
  if (!read.ok) throw new Error(read.problem.message);
  const loaded = loadExerciseContent(playbook, read.source);
  if (!loaded.ok) throw new Error(describeProblems(loaded.problems));
  const exerciseId = 'nato-not-live-white-cell';
  let wallMs = Date.UTC(2026, 11, 2, 9, 0, 0);
  const engine = await ExerciseEngine.create(new MemoryEventStore(exerciseId), {
    exerciseId,
    name: 'NATO not live (white cell plays the NAC)',
    seed: 3,
    wallMs,
    content: loaded.content,
    exerciseMarking: 'EXERCISE EXERCISE EXERCISE',
  });
  let counter = 0;
  /** One command from the console (or a station), some seconds of wall time after the last. */
  const send = async (
    role: string,
    type: string,
    payload: Record<string, unknown> = {},
    options: { actingAs?: string; expectOk?: boolean } = {},
  ): Promise<CommandReply> => {
    counter += 1;
    wallMs += 30_000;
    const reply = await engine.execute(
      {
        commandId: `console-${counter}`,
        type,
        issuedBy: { role, station: role === 'excon' ? 'console' : `station-${role}` },
        ...(options.actingAs ? { actingAs: options.actingAs } : {}),
        payload,
        clientTs: wallMs,
      },
      wallMs,
    );
    if (reply.ok === (options.expectOk === false))
      throw new Error(`${role} ${type}: ${reply.ok ? 'accepted, expected a refusal' : reply.reason}`);
    return reply;
  };
  const link = (event: string, fields: Record<string, string> = {}) => ({
    machine: 'eu-nato-link',
    event,
    fields,
    rationale: `White cell: ${event}`,
  });

  await send('excon', 'exercise/speed', { speed: 'max' });
  await send('excon', 'exercise/start');
  await send('ms-affected', 'inject/acknowledge', { injectId: 'INJ-1' });
  await send('eu-liaison-nato', 'decision/take', link('STAFF_CONTACT'));
  await send('excon', 'exercise/jump-to', { scenarioMs: 2 * HOUR });
  // A non-EU Ally nobody plays asks for consultations; the NAC, played by the white cell, holds them.
  await send('simcell', 'decision/take', link('REQUEST_ARTICLE_4'), { actingAs: 'partner-state' });
  await send('nato-white-cell', 'decision/take', link('NAC_CONSULTATIONS_HELD'), { actingAs: 'nac' });
  await send('excon', 'exercise/jump-to', { scenarioMs: 5 * HOUR });
  await send(
    'nato-white-cell',
    'decision/take',
    link('NAC_STATEMENT', { text: 'Allies stand with Lethia.' }),
    {
      actingAs: 'nac',
    },
  );
  // The NATO liaison, not played either, shares one product that may cross and one that may not.
  const share = (marking: string, title: string) => link('SHARE_PRODUCT', { marking, title });
  await send('nato-white-cell', 'decision/take', share('REL-EU-NATO', 'Maritime picture'), {
    actingAs: 'nato-liaison',
  });
  await send('nato-white-cell', 'decision/take', share('NATO-ONLY', 'Raw track data'), {
    actingAs: 'nato-liaison',
  });
  // A body not played takes decisions only: a message as the NAC is refused, and nothing is logged.
  await send(
    'nato-white-cell',
    'message/send',
    { to: ['eu-liaison-nato'], marking: 'PUBLIC', subject: 'Statement', body: 'Text.' },
    { actingAs: 'nac', expectOk: false },
  );
  await send('evaluator', 'observation/record', {
    text: 'The white cell issued the NAC statement three hours after the consultations.',
    objectiveId: 'obj-link',
  });
  await send('excon', 'exercise/jump-to', { scenarioMs: 8 * HOUR });
  await send('excon', 'exercise/end');
  await send('lead-evaluator', 'rating/give', {
    objectiveId: 'obj-link',
    rating: 'S',
    rationale: 'NATO’s side was played and reached the EU liaison.',
  });

  await writeFile(out, encodeEvents(engine.events));
  console.log(`${out}: ${engine.events.length} events`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
