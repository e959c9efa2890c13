// A whole journal and its snapshot written in one go (a restore's staging folder): the store reads them back,
// and a file already there is never overwritten.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeEvents, type EngineSnapshot } from '../core/index';
import { testEvents } from '../test/event-store-contract';
import { JournalEventStore } from './journal-event-store';
import { writeNewJournal } from './write-new-journal';

const ID = 'ex-new';
const snapshot = { exerciseId: ID, seq: 3, state: { lastSeq: 3 } } as unknown as EngineSnapshot;

describe('writeNewJournal', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'new-journal-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('writes the journal and its snapshot where the store reads them', async () => {
    const file = path.join(folder, 'journal.jsonl');
    const events = testEvents(ID, 1, 3);
    await writeNewJournal(file, Buffer.from(encodeEvents(events)), snapshot);
    expect(await readFile(file, 'utf8')).toBe(encodeEvents(events));
    const { store, recovery } = await JournalEventStore.open(file, ID);
    try {
      expect(recovery.eventsRead).toBe(3);
      expect(await store.read()).toEqual(events);
      expect(await store.snapshotAtOrBefore(3)).toEqual(snapshot);
    } finally {
      await store.close();
    }
  });

  it('refuses to overwrite a journal that is already there', async () => {
    const file = path.join(folder, 'journal.jsonl');
    await writeFile(file, 'kept\n');
    await expect(writeNewJournal(file, Buffer.from('new\n'), snapshot)).rejects.toThrow(/EEXIST/);
    expect(await readFile(file, 'utf8')).toBe('kept\n');
  });
});
