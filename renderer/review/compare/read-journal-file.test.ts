import { describe, expect, it } from 'vitest';
import { canonicalJson, encodeEvents, type ExerciseEvent } from '../../../core/index';
import { Harness, HOUR } from '../../../test/fixtures/engine-harness';
import { reviewLog } from '../../../test/fixtures/review-log';
import { readJournalFile } from './read-journal-file';

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** A short real run of the mini scenario: created, speed, started, the inject's events, a jump to T+1h. */
async function shortRun(): Promise<readonly ExerciseEvent[]> {
  const h = await Harness.create();
  await h.startAtMaxSpeed();
  await h.jumpTo(HOUR);
  return h.engine.events;
}

/** The journal's lines with line `n` (1-based) replaced. */
function withLine(events: readonly ExerciseEvent[], n: number, text: string): string {
  const lines = encodeEvents(events).split('\n');
  lines[n - 1] = text;
  return lines.join('\n');
}

describe('readJournalFile', () => {
  it('folds a whole journal into the read models, reporting progress on a long one', async () => {
    const h = await reviewLog();
    const events = h.engine.events;
    const progress: number[] = [];
    const read = await readJournalFile(bytesOf(encodeEvents(events)), {
      onProgress: (lines) => progress.push(lines),
      linesPerSlice: 10,
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.notes).toEqual([]);
    expect(read.models.facts.count).toBe(events.length);
    expect(read.models.facts.name).toBe('Mini');
    expect(read.models.facts.ended).toBe(true);
    // Every tenth line, while there are lines to read.
    expect(progress).toEqual(
      Array.from({ length: Math.floor(events.length / 10) }, (_, index) => (index + 1) * 10),
    );
  });

  it('compares the events before a damaged line, and says which line and why', async () => {
    const events = await shortRun();
    const read = await readJournalFile(bytesOf(withLine(events, 4, '{"seq": 4, broken')));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.models.facts.count).toBe(3);
    expect(read.notes).toEqual([
      { kind: 'damaged', line: 4, problem: expect.stringMatching(/^not JSON: /) as string, count: 3 },
    ]);
  });

  it('finds bytes that are not UTF-8 by their line', async () => {
    const events = await shortRun();
    const lines = encodeEvents(events).split('\n');
    const bytes = new Uint8Array([
      ...bytesOf(`${lines.slice(0, 2).join('\n')}\n`),
      0xff,
      0xfe,
      ...bytesOf(`\n${lines.slice(3).join('\n')}`),
    ]);
    const read = await readJournalFile(bytes);
    expect(read.ok && read.notes).toEqual([{ kind: 'not-utf8', line: 3, count: 2 }]);
    expect(await readJournalFile(new Uint8Array([0xff, 0x0a]))).toEqual({
      ok: false,
      problem: { kind: 'not-utf8', line: 1 },
    });
  });

  it('takes a torn last line as a crash leaves it: the events before it are the journal', async () => {
    const events = await shortRun();
    const text = encodeEvents(events);
    const torn = `${text}${canonicalJson(events[0]).slice(0, 20)}`;
    const read = await readJournalFile(bytesOf(torn));
    expect(read.ok && read.notes).toEqual([{ kind: 'torn', line: events.length + 1, count: events.length }]);
    expect(await readJournalFile(bytesOf('{"v":1,"seq"'))).toEqual({
      ok: false,
      problem: { kind: 'torn-first', line: 1 },
    });
  });

  it('refuses what is not a journal: empty, not JSON, not beginning with its exercise, its documents edited', async () => {
    expect(await readJournalFile(bytesOf(''))).toEqual({ ok: false, problem: { kind: 'empty' } });
    const notJson = await readJournalFile(bytesOf('name,time\nINJ-1,T+0\n'));
    expect(notJson).toMatchObject({ ok: false, problem: { kind: 'not-journal', line: 1 } });
    const events = await shortRun();
    const second = { ...events[1]!, seq: 1 };
    const headless = await readJournalFile(bytesOf(`${canonicalJson(second)}\n`));
    expect(headless).toMatchObject({
      ok: false,
      problem: {
        kind: 'not-journal',
        line: 1,
        problem: expect.stringContaining('exercise.created') as string,
      },
    });
    // The scenario's title edited after the journal was written: its hash no longer matches.
    const edited = encodeEvents(events).replace('Mini scenario', 'Maxi scenario');
    expect(edited).not.toBe(encodeEvents(events));
    expect(await readJournalFile(bytesOf(edited))).toMatchObject({
      ok: false,
      problem: { kind: 'refused', line: 1 },
    });
  });
});
