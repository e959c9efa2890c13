// A backup is a file from outside: the documents its first line embeds are checked before anything is
// stored, and a tampered one is refused with the file, the line, the field and the reason.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../core/index';
import { closeHostWorlds, hostWorld } from '../../test/fixtures/host-world';
import { journalBackup, restoreJournal } from './backup';

afterEach(closeHostWorlds);

interface CreatedLine {
  payload: {
    content: {
      scenario: { source: { path: string; text: string }; hash: string; document?: { title: string } };
    };
  };
}

/** A backup of a fresh mini exercise, deleted from the catalogue so that it can be loaded again. */
async function backupOfNewExercise() {
  const world = hostWorld();
  const { exerciseId } = await world.create();
  const backup = await journalBackup(exerciseId, world.catalogue);
  await world.catalogue.delete(exerciseId);
  return { world, exerciseId, backup };
}

/** The backup's text with its first line's embedded scenario changed by `edit`. */
function withCreated(text: string, edit: (created: CreatedLine) => void): string {
  const [first = '', ...rest] = text.split('\n');
  const created = JSON.parse(first) as CreatedLine;
  edit(created);
  return [JSON.stringify(created), ...rest].join('\n');
}

describe('loading a backup', () => {
  it('refuses one whose embedded scenario no longer matches its hash, and stores nothing', async () => {
    const { world, exerciseId, backup } = await backupOfNewExercise();
    const text = withCreated(backup.text, (created) => {
      const { scenario } = created.payload.content;
      scenario.source.text = scenario.source.text.replace('title: Mini scenario', 'title: Changed');
    });
    expect(text).not.toBe(backup.text);
    const restored = await restoreJournal('tampered.events.jsonl', text, world.catalogue);
    expect(restored).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^tampered\.events\.jsonl: line 1: exercise\.created, field "payload\.content\.scenario\.hash": the embedded scenario mini-scenario\.yaml does not match its hash/,
      ),
    });
    expect(await world.catalogue.get(exerciseId)).toBeUndefined();
  });

  it('refuses one whose re-hashed scenario fails the schema, naming the line of the embedded file', async () => {
    const { world, backup } = await backupOfNewExercise();
    const text = withCreated(backup.text, (created) => {
      const { scenario } = created.payload.content;
      scenario.source.text = scenario.source.text.replace('span: 2d', 'span: soon');
      // Re-hashed as a careful forger would (sha256Hex has its own test against known digests).
      scenario.hash = sha256Hex(scenario.source.text);
      delete scenario.document;
    });
    const restored = await restoreJournal('schema.events.jsonl', text, world.catalogue);
    expect(restored).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^schema\.events\.jsonl: line 1: exercise\.created, field "payload\.content\.scenario\.source": an embedded document does not load: mini-scenario\.yaml:8:7: .*\(span\)$/,
      ),
    });
  });

  it('refuses one whose parsed scenario was changed beside an intact source', async () => {
    const { world, backup } = await backupOfNewExercise();
    const text = withCreated(backup.text, ({ payload }) => {
      if (!payload.content.scenario.document) throw new Error('the backup embeds no parsed scenario');
      payload.content.scenario.document.title = 'Changed';
    });
    expect(await restoreJournal('parsed.events.jsonl', text, world.catalogue)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('field "payload.content.scenario.document"'),
    });
  });

  it('loads the untouched backup', async () => {
    const { world, exerciseId, backup } = await backupOfNewExercise();
    expect(await restoreJournal(backup.fileName, backup.text, world.catalogue)).toMatchObject({
      ok: true,
      record: { exerciseId },
    });
  });
});
