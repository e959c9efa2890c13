// Journal files of the mini exercise, whole and damaged in each way a file the user names can be.
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../test/fixtures/engine-harness';
import { JournalEventStore } from '../node-adapters/index';
import { readJournalModels, type JournalModels } from './read-journal-models';

/** A journal file of a short mini exercise, with the number of events it holds. */
async function journal() {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pbsim-read-')), 'events.jsonl');
  const { store } = await JournalEventStore.open(file, 'mini-1');
  const h = await Harness.create(undefined, store);
  await h.startAtMaxSpeed();
  await h.jumpTo(2 * HOUR);
  await h.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, 'ms-a');
  await store.close();
  return { file, events: h.engine.events.length };
}

function read(result: JournalModels) {
  if (result.kind !== 'read') throw new Error(`unreadable: ${result.message}`);
  return { events: result.models.facts.count, notes: result.notes, damaged: result.damaged };
}

const lines = (file: string) => readFileSync(file, 'utf8').split('\n');

describe('readJournalModels', () => {
  it('folds a whole journal into the read models, with nothing to say', async () => {
    const { file, events } = await journal();
    const result = await readJournalModels(file);
    expect(read(result)).toEqual({ events, notes: [], damaged: false });
    expect(result.kind === 'read' && result.models.content.scenario.id).toBe('mini-scenario');
  });

  it('uses the events before a torn last line, says so, and counts them whole', async () => {
    const { file, events } = await journal();
    appendFileSync(file, '{"v":1,"seq":');
    expect(read(await readJournalModels(file))).toEqual({
      events,
      notes: [
        `${file}:${events + 1}: the last line is torn (a crash mid-write); the ${events} events before it are used`,
      ],
      damaged: false,
    });
  });

  it('uses the events before a damaged line, naming the file and the line, as a prefix', async () => {
    const { file } = await journal();
    const text = lines(file);
    text[2] = '{"not": "an event"}';
    writeFileSync(file, text.join('\n'));
    const result = read(await readJournalModels(file));
    expect(result.events).toBe(2);
    expect(result.damaged).toBe(true);
    expect(result.notes).toEqual([expect.stringMatching(/:3: .*; the 2 events before it are used$/)]);
    expect(result.notes[0]!.startsWith(`${file}:3: `)).toBe(true);
  });

  it('uses the events before bytes that are not UTF-8, naming the byte', async () => {
    const { file } = await journal();
    const [first, second] = lines(file);
    const before = Buffer.from(`${first}\n${second}\n`);
    writeFileSync(file, Buffer.concat([before, Buffer.from([0xff, 0xfe, 0x0a])]));
    expect(read(await readJournalModels(file))).toEqual({
      events: 2,
      notes: [`${file}: byte ${before.length + 1} is not UTF-8 text; the 2 events before it are used`],
      damaged: true,
    });
  });

  it('finds nothing to measure in a file that is not a journal, an empty one or one torn in its first line', async () => {
    const { file } = await journal();
    writeFileSync(file, 'not json at all\n');
    expect(await readJournalModels(file)).toEqual({
      kind: 'unreadable',
      message: expect.stringMatching(/: not a journal: line 1: /),
    });
    writeFileSync(file, '');
    expect(await readJournalModels(file)).toEqual({
      kind: 'unreadable',
      message: `${file}: not a journal: it holds no events`,
    });
    writeFileSync(file, Buffer.from([0xff, 0x0a]));
    expect(await readJournalModels(file)).toEqual({
      kind: 'unreadable',
      message: `${file}: not a journal: byte 1 is not UTF-8 text`,
    });
    writeFileSync(file, '{"v":1,"seq":');
    expect(await readJournalModels(file)).toEqual({
      kind: 'unreadable',
      message: `${file}:1: the last line is torn (a crash mid-write); there are no events before it to report on`,
    });
  });

  it('refuses a journal whose embedded documents were edited after it was written', async () => {
    const { file } = await journal();
    const text = lines(file);
    const created = JSON.parse(text[0]!) as {
      payload: { content: { scenario: { source: { text: string } } } };
    };
    created.payload.content.scenario.source.text += '\n# edited afterwards\n';
    text[0] = JSON.stringify(created);
    writeFileSync(file, text.join('\n'));
    expect(await readJournalModels(file)).toEqual({
      kind: 'unreadable',
      message: expect.stringContaining(`${file}: line 1: the documents it embeds are refused: `),
    });
  });
});
