// A journal file from outside (a backup, another laptop's exercise) is checked line by line before anything
// is written: a tampered or damaged one is refused with the file, the line, the field and the reason, and an
// exercise already in the data folder is never overwritten.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  canonicalJson,
  contentOfCreated,
  decodeJournal,
  encodeEvents,
  ExerciseEngine,
  ExerciseReadModels,
  MemoryEventStore,
  metricsOf,
  replay,
  sha256Hex,
  snapshotOf,
} from '../core/index';
import { hostSigningKey, importKnownKey, JournalEventStore, PROJECT_ROOT } from '../node-adapters/index';
import { cleanUpHostWorlds, startHostWorld, tempDataFolder } from '../test/fixtures/exercise-host-world';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../test/fixtures/fixtures';
import { exerciseFiles } from './data-folder';
import { readRecordFile } from './exercise-catalogue-files';
import { packageExercise } from './exercise-package';
import { restoreJournal } from './restore-journal';

afterEach(cleanUpHostWorlds);

const WALL = Date.UTC(2026, 0, 5, 9);

/** The journal of a fresh mini exercise, started, as a backup download gives it. */
async function backupText(exerciseId = 'mini-scenario-mk0xjmo0-3f2a'): Promise<string> {
  const store = new MemoryEventStore(exerciseId);
  const engine = await ExerciseEngine.create(store, {
    exerciseId,
    name: 'Tabletop',
    seed: 3,
    wallMs: WALL,
    content: exerciseContent(miniPlaybookSources(), { path: 'mini-scenario.yaml', text: miniScenarioText() }),
    exerciseMarking: 'EXERCISE',
    autoPlay: { nac: 'doctrine' },
  });
  await engine.execute(
    { commandId: 'go', type: 'exercise/start', issuedBy: { role: 'excon', station: 'console' }, payload: {} },
    WALL + 1_000,
  );
  return encodeEvents(engine.events);
}

interface CreatedLine {
  payload: {
    content: {
      scenario: { source: { path: string; text: string }; hash: string; document?: { title: string } };
    };
  };
  exerciseId: string;
}

/** The backup's text with its first line changed by `edit`. */
function withCreated(text: string, edit: (created: CreatedLine) => void): string {
  const [first = '', ...rest] = text.split('\n');
  const created = JSON.parse(first) as CreatedLine;
  edit(created);
  return [JSON.stringify(created), ...rest].join('\n');
}

describe('restoring a journal file into the data folder', () => {
  it('writes the exercise’s folder: the journal as given, a snapshot of its final state, its record', async () => {
    const dataFolder = tempDataFolder();
    const text = await backupText();
    const restored = await restoreJournal(dataFolder, 'backup.events.jsonl', text);
    const exerciseId = 'mini-scenario-mk0xjmo0-3f2a';
    const eventCount = text.split('\n').length - 1;
    expect(restored).toEqual({
      ok: true,
      notes: [],
      record: {
        exerciseId,
        name: 'Tabletop',
        scenarioId: 'mini-scenario',
        scenarioTitle: 'Mini scenario',
        marking: 'EXERCISE',
        createdWallMs: WALL,
        status: 'running',
        roles: { nac: 'doctrine' },
        lastEventWallMs: WALL + 1_000,
        eventCount,
      },
    });
    const files = exerciseFiles(dataFolder, exerciseId);
    expect(readFileSync(files.journal, 'utf8')).toBe(text);
    expect(await readRecordFile(files.record, exerciseId)).toEqual(restored.ok && restored.record);
    const { store } = await JournalEventStore.open(files.journal, exerciseId);
    expect(await store.snapshotAtOrBefore(eventCount)).toMatchObject({ exerciseId, seq: eventCount });
    await store.close();
    // Nothing is left of the staging folder it was written in.
    expect(readdirSync(path.join(dataFolder, '.restoring'))).toEqual([]);
  });

  it('takes the file’s bytes as uploaded, and the host opens it with the state a replay of the file gives', async () => {
    const world = await startHostWorld();
    const text = await backupText();
    const restored = await world.host.restore('backup.events.jsonl', Buffer.from(text));
    if (!restored.ok) throw new Error(restored.reason);
    const { exerciseId } = restored.record;
    const files = exerciseFiles(world.dataFolder, exerciseId);
    expect(readFileSync(files.journal, 'utf8')).toBe(text);
    // The oracle: the file decoded and replayed by core, apart from the host.
    const { events } = decodeJournal(text, { trusted: false });
    const replayed = replay(events, contentOfCreated(events[0] as (typeof events)[0]));
    const { store } = await JournalEventStore.open(files.journal, exerciseId);
    try {
      expect(await store.snapshotAtOrBefore(events.length)).toEqual(
        JSON.parse(JSON.stringify(snapshotOf(replayed))),
      );
    } finally {
      await store.close();
    }
    // Opened at once, from the lines the restore kept: the same log, and the engine over it the same state.
    const hosted = await world.host.open(exerciseId);
    expect(hosted.events.slice(0, events.length)).toEqual(events);
    expect(hosted.record).toMatchObject({ status: replayed.clock.status, createdWallMs: WALL });
    await world.host.close();
    const reopened = await JournalEventStore.open(files.journal, exerciseId);
    try {
      const engine = await ExerciseEngine.open(reopened.store);
      expect(engine.events).toEqual(hosted.events);
      expect(engine.events.slice(0, events.length)).toEqual(events);
    } finally {
      await reopened.store.close();
    }
  });

  it('refuses bytes that are not UTF-8, naming the line, and writes nothing', async () => {
    const dataFolder = tempDataFolder();
    const lines = (await backupText()).split('\n');
    const bytes = Buffer.concat([
      Buffer.from(`${lines[0]}\n${lines[1]}\n`),
      Buffer.from([0xc3, 0x28, 0x0a]),
      Buffer.from(lines.slice(2).join('\n')),
    ]);
    expect(await restoreJournal(dataFolder, 'bytes.events.jsonl', bytes)).toEqual({
      ok: false,
      reason:
        'bytes.events.jsonl: line 3 is not text (bytes that are not UTF-8): is it an exercise journal (.jsonl)?',
    });
    expect(readdirSync(dataFolder)).toEqual([]);
  });

  it('refuses an exercise already in the data folder, and leaves it as it was', async () => {
    const dataFolder = tempDataFolder();
    const text = await backupText();
    expect((await restoreJournal(dataFolder, 'a.events.jsonl', text)).ok).toBe(true);
    const journal = exerciseFiles(dataFolder, 'mini-scenario-mk0xjmo0-3f2a').journal;
    const before = readFileSync(journal, 'utf8');
    const again = await restoreJournal(
      dataFolder,
      'b.events.jsonl',
      text.split('\n').slice(0, 2).join('\n') + '\n',
    );
    expect(again).toEqual({
      ok: false,
      reason:
        'b.events.jsonl: exercise mini-scenario-mk0xjmo0-3f2a is already in the data folder; delete it first',
    });
    expect(readFileSync(journal, 'utf8')).toBe(before);
  });

  it('refuses a file with a damaged line, naming the line, and writes nothing', async () => {
    const dataFolder = tempDataFolder();
    const lines = (await backupText()).split('\n');
    lines[2] = '{"seq": 3, "type": ';
    const restored = await restoreJournal(dataFolder, 'damaged.events.jsonl', lines.join('\n'));
    expect(restored).toEqual({
      ok: false,
      reason: 'damaged.events.jsonl: line 3 is damaged: it is not a whole JSON event (cut short or edited)',
    });
    expect(readdirSync(dataFolder)).toEqual([]);
  });

  it('refuses a file that is not an exercise journal', async () => {
    const lines = (await backupText()).split('\n');
    const restored = await restoreJournal(tempDataFolder(), 'part.events.jsonl', lines.slice(1).join('\n'));
    expect(restored).toEqual({
      ok: false,
      reason:
        'part.events.jsonl: not an exercise journal: line 1: seq 2 does not continue the log (expected 1)',
    });
    expect(await restoreJournal(tempDataFolder(), 'empty.jsonl', '')).toEqual({
      ok: false,
      reason: 'empty.jsonl: the file is empty: an exercise journal holds one event per line',
    });
  });

  it('keeps a file whose last line was cut short, says so, and leaves that line out', async () => {
    const text = await backupText();
    const restored = await restoreJournal(tempDataFolder(), 'torn.events.jsonl', `${text}{"v":1,"seq":9`);
    expect(restored).toMatchObject({
      ok: true,
      notes: [`line ${text.split('\n').length} was cut short (a crash while writing) and was left out`],
      record: { eventCount: text.split('\n').length - 1 },
    });
  });

  it('refuses an exercise id that is not a folder name, naming line 1', async () => {
    const dataFolder = tempDataFolder();
    const text = (await backupText())
      .split('\n')
      .map((line) => line.replace('"exerciseId":"mini-scenario-mk0xjmo0-3f2a"', '"exerciseId":"../outside"'));
    const restored = await restoreJournal(dataFolder, 'escape.events.jsonl', text.join('\n'));
    expect(restored).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^escape\.events\.jsonl: line 1: "\.\.\/outside" is not a usable exercise id/,
      ),
    });
    expect(existsSync(path.join(dataFolder, '..', 'outside'))).toBe(false);
  });

  it('refuses one whose embedded scenario no longer matches its hash, and writes nothing', async () => {
    const dataFolder = tempDataFolder();
    const text = withCreated(await backupText(), (created) => {
      const { scenario } = created.payload.content;
      scenario.source.text = scenario.source.text.replace('title: Mini scenario', 'title: Changed');
    });
    expect(await restoreJournal(dataFolder, 'tampered.events.jsonl', text)).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^tampered\.events\.jsonl: line 1: exercise\.created, field "payload\.content\.scenario\.hash": the embedded scenario mini-scenario\.yaml does not match its hash/,
      ),
    });
    expect(readdirSync(dataFolder)).toEqual([]);
  });

  it('refuses one whose re-hashed scenario fails the schema, naming the line of the embedded file', async () => {
    const text = withCreated(await backupText(), (created) => {
      const { scenario } = created.payload.content;
      scenario.source.text = scenario.source.text.replace('span: 2d', 'span: soon');
      // Re-hashed as a careful forger would (sha256Hex has its own test against known digests).
      scenario.hash = sha256Hex(scenario.source.text);
      delete scenario.document;
    });
    expect(await restoreJournal(tempDataFolder(), 'schema.events.jsonl', text)).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^schema\.events\.jsonl: line 1: exercise\.created, field "payload\.content\.scenario\.source": an embedded document does not load: mini-scenario\.yaml:8:7: .*\(span\)$/,
      ),
    });
  });

  it('refuses one whose parsed scenario was changed beside an intact source', async () => {
    const text = withCreated(await backupText(), ({ payload }) => {
      if (!payload.content.scenario.document) throw new Error('the backup embeds no parsed scenario');
      payload.content.scenario.document.title = 'Changed';
    });
    expect(await restoreJournal(tempDataFolder(), 'parsed.events.jsonl', text)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('field "payload.content.scenario.document"'),
    });
  });
});

// Records made by earlier versions keep opening in the host: each fixture journal restored, opened by an
// engine over its journal file, gives the figures its expected-metrics.json records.
const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/journals');
const fixtureFolders = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The metrics.json of a restored exercise, as the host's engine opens it from the journal it wrote. */
async function restoredMetrics(dataFolder: string, exerciseId: string): Promise<string> {
  const { store } = await JournalEventStore.open(exerciseFiles(dataFolder, exerciseId).journal, exerciseId);
  try {
    const engine = await ExerciseEngine.open(store);
    return `${canonicalJson(metricsOf(ExerciseReadModels.of(engine.events, engine.content)), 2)}\n`;
  } finally {
    await store.close();
  }
}

describe.each(fixtureFolders)('the fixture journal %s restored', (folder) => {
  it('opens with the figures of its expected-metrics.json', async () => {
    const dataFolder = tempDataFolder();
    const text = readFileSync(path.join(FIXTURES, folder, 'events.jsonl'), 'utf8');
    const restored = await restoreJournal(dataFolder, `${folder}.events.jsonl`, text);
    if (!restored.ok) throw new Error(restored.reason);
    expect(restored.notes).toEqual([]);
    expect(restored.record).toMatchObject({ status: 'ended', eventCount: text.split('\n').length - 1 });
    expect(await restoredMetrics(dataFolder, restored.record.exerciseId)).toBe(
      readFileSync(path.join(FIXTURES, folder, 'expected-metrics.json'), 'utf8'),
    );
  });
});

// Issue 25: a package made by one host restores on another with the same figures; its signer is unknown
// there until the controller imports the first host's key; an edited package is refused with its line.
describe('restoring a package', () => {
  const FOLDER = 'improvement-plan-v4';
  async function packagedOnAnotherHost(): Promise<{ text: string; publicKey: string }> {
    const origin = tempDataFolder();
    const restored = await restoreJournal(
      origin,
      'events.jsonl',
      readFileSync(path.join(FIXTURES, FOLDER, 'events.jsonl'), 'utf8'),
    );
    if (!restored.ok) throw new Error(restored.reason);
    const made = await packageExercise(origin, restored.record.exerciseId, { appVersion: '0.1.0' });
    return { text: made.text, publicKey: (await hostSigningKey(origin)).publicKey };
  }

  it('restores with the same figures, warning that the signer is not known, then saying it is', async () => {
    const { text, publicKey } = await packagedOnAnotherHost();
    const dataFolder = tempDataFolder();
    const restored = await restoreJournal(dataFolder, 'pace.pbsim-package', text);
    if (!restored.ok) throw new Error(restored.reason);
    expect(restored.notes).toEqual([
      expect.stringMatching(/signed by a key this host does not know \([0-9a-f ]+\)/),
    ]);
    expect(await restoredMetrics(dataFolder, restored.record.exerciseId)).toBe(
      readFileSync(path.join(FIXTURES, FOLDER, 'expected-metrics.json'), 'utf8'),
    );
    // With the first host's key imported, the same package restores (elsewhere) as known.
    const another = tempDataFolder();
    await importKnownKey(another, publicKey, 'the exercise laptop');
    const known = await restoreJournal(another, 'pace.pbsim-package', new TextEncoder().encode(text));
    expect(known).toMatchObject({
      ok: true,
      notes: [expect.stringContaining('signed by a key this host knows')],
    });
  });

  it('refuses an edited package, naming its first line at fault, and writes nothing', async () => {
    const { text } = await packagedOnAnotherHost();
    const lines = text.split('\n');
    lines[40] = lines[40]!.replace('"seq":40', '"seq":41');
    const dataFolder = tempDataFolder();
    const refused = await restoreJournal(dataFolder, 'pace.pbsim-package', lines.join('\n'));
    expect(refused).toEqual({
      ok: false,
      reason: 'pace.pbsim-package: line 41: not the line that was packaged there (edited, moved or removed)',
    });
    expect(readdirSync(dataFolder).filter((name) => !name.startsWith('.'))).toEqual([]);
  });
});
