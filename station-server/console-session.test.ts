// The console's session over the fixture host (real engine, store and hub), without a socket: what it answers
// and pushes for each request. station-server/socket-server.test.ts drives it over a real socket.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CONSOLE_PAGE_EVENTS,
  inProcessTransport,
  QUICK_OPEN_AFTER_EVENTS,
  stationChannelName,
  type ConsoleMessage,
  type ExerciseEvent,
  type OpenChannel,
} from '../core/index';
import { MemoryHost, MINI_EXERCISE, type MemoryHostedExercise } from '../test/fixtures/memory-host';
import { waitFor } from '../test/fixtures/socket-client';
import { ConsoleSession } from './console-session';

let folder: string;
let host: MemoryHost;
let transport: OpenChannel;
let sent: ConsoleMessage[];
let session: ConsoleSession;

function newSession(loopback = true): ConsoleSession {
  sent = [];
  session = new ConsoleSession({ host, consoleToken: 'tok', loopback, send: (m) => sent.push(m) });
  return session;
}
/** What was sent about exercises followed (the catalogue pushes aside). */
const kinds = () => sent.map((message) => message.kind).filter((kind) => kind !== 'exercises');
function last<K extends ConsoleMessage['kind']>(kind: K): Extract<ConsoleMessage, { kind: K }> | undefined {
  return sent
    .filter((message): message is Extract<ConsoleMessage, { kind: K }> => message.kind === kind)
    .at(-1);
}

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'console-session-'));
  transport = inProcessTransport();
  host = new MemoryHost(folder, transport);
  newSession();
});
afterEach(async () => {
  session.close();
  await host.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('ConsoleSession before hello', () => {
  it('refuses every request, answering its id, until hello with the token', async () => {
    await session.handle({ kind: 'list', requestId: 'r1' });
    await session.handle({ kind: 'open', exerciseId: 'x', since: 0 });
    expect(sent).toEqual([
      { kind: 'refused', requestId: 'r1', reason: 'list refused: say hello with the console token first' },
      { kind: 'refused', requestId: null, reason: 'open refused: say hello with the console token first' },
    ]);
  });

  it('refuses a wrong token, and the right token from another machine', async () => {
    await session.handle({ kind: 'hello', token: 'nope' });
    expect(last('refused')?.reason).toMatch(/token/);
    newSession(false);
    await session.handle({ kind: 'hello', token: 'tok' });
    expect(sent).toEqual([
      {
        kind: 'refused',
        requestId: null,
        reason: 'console rights are given only to this machine (loopback)',
      },
    ]);
  });

  it('refuses a malformed request naming the field', async () => {
    await session.handle({ kind: 'list' });
    expect(sent).toEqual([{ kind: 'refused', requestId: null, reason: expect.stringMatching(/requestId/) }]);
  });
});

describe('ConsoleSession after hello', () => {
  beforeEach(async () => {
    await session.handle({ kind: 'hello', token: 'tok' });
    expect(sent).toEqual([{ kind: 'welcome', dataFolder: folder }]);
  });

  it('lists, creates and deletes, pushing the catalogue on each change', async () => {
    await session.handle({ kind: 'create', requestId: 'c', exercise: MINI_EXERCISE });
    const created = last('created');
    expect(created?.exercise.name).toBe('Tabletop');
    await waitFor('the pushed catalogue', () => last('exercises'));
    expect(last('exercises')).toMatchObject({
      requestId: null,
      exercises: [{ exerciseId: created?.exercise.exerciseId }],
    });
    await session.handle({ kind: 'list', requestId: 'l' });
    expect(last('exercises')?.requestId).toBe('l');
    await session.handle({
      kind: 'delete',
      requestId: 'd',
      exerciseId: created?.exercise.exerciseId as string,
    });
    expect(last('deleted')).toEqual({
      kind: 'deleted',
      requestId: 'd',
      exerciseId: created?.exercise.exerciseId,
    });
    await waitFor('the emptied catalogue', () =>
      last('exercises')?.exercises.length === 0 ? true : undefined,
    );
  });

  it('answers failed, naming the document, for a scenario that does not load, and for an unknown delete', async () => {
    const broken = {
      ...MINI_EXERCISE,
      scenario: { ...MINI_EXERCISE.scenario, source: { path: 'bad.yaml', text: 'id: [' } },
    };
    await session.handle({ kind: 'create', requestId: 'c', exercise: broken });
    expect(last('failed')).toMatchObject({ requestId: 'c', reason: expect.stringMatching(/bad\.yaml/) });
    await session.handle({ kind: 'delete', requestId: 'd', exerciseId: 'ghost' });
    expect(last('failed')).toMatchObject({ requestId: 'd', reason: expect.stringMatching(/ghost/) });
  });

  it('makes a what-if branch, answering created with the new record, or failed with the host’s reason', async () => {
    await session.handle({ kind: 'create', requestId: 'c', exercise: MINI_EXERCISE });
    const origin = last('created')?.exercise;
    await session.handle({
      kind: 'branch',
      requestId: 'b',
      exerciseId: origin?.exerciseId as string,
      atSeq: 1,
      name: 'What if',
    });
    expect(last('created')).toMatchObject({
      requestId: 'b',
      exercise: { name: 'What if', branchOf: { exerciseId: origin?.exerciseId, name: 'Tabletop', atSeq: 1 } },
    });
    await session.handle({
      kind: 'branch',
      requestId: 'b2',
      exerciseId: origin?.exerciseId as string,
      atSeq: 99,
      name: 'Too far',
    });
    expect(last('failed')).toEqual({
      kind: 'failed',
      requestId: 'b2',
      reason: 'event 99 is not in the log of Tabletop',
    });
  });

  it('answers not-found for an exercise the host does not have, on open and on command', async () => {
    await session.handle({ kind: 'open', exerciseId: 'ghost', since: 0 });
    await session.handle({
      kind: 'command',
      exerciseId: 'ghost',
      commandId: 'c',
      type: 'exercise/start',
      payload: {},
    });
    expect(sent.slice(1)).toEqual([
      { kind: 'not-found', exerciseId: 'ghost', reason: expect.stringMatching(/ghost/) },
      { kind: 'not-found', exerciseId: 'ghost', reason: expect.stringMatching(/ghost/) },
    ]);
  });

  it(`sends the log after since in pages of ${CONSOLE_PAGE_EVENTS}, then each batch once; close stops it`, async () => {
    const { exerciseId } = await host.create(MINI_EXERCISE);
    const hosted = await host.open(exerciseId);
    // A journal with no snapshot (restored from a backup): no quick open, however far behind the console is.
    hosted.latestSnapshot = async () => undefined;
    await hosted.execute({ commandId: 'start', type: 'exercise/start', payload: {} });
    for (let i = 0; hosted.events.length < CONSOLE_PAGE_EVENTS + 10; i++)
      await hosted.execute({ commandId: `o-${i}`, type: 'observation/record', payload: { text: 'x' } });
    const total = hosted.events.length;
    await session.handle({ kind: 'open', exerciseId, since: 3 });
    const pages = sent.filter((message) => message.kind === 'log');
    expect(kinds().slice(1, 3)).toEqual(['status', 'presence']);
    expect(pages.map((page) => [page.events.length, page.events[0]?.seq, page.lastSeq])).toEqual([
      [CONSOLE_PAGE_EVENTS, 4, total],
      [total - 3 - CONSOLE_PAGE_EVENTS, 4 + CONSOLE_PAGE_EVENTS, total],
    ]);
    await session.handle({
      kind: 'command',
      exerciseId,
      commandId: 'mine',
      type: 'observation/record',
      payload: { text: 'y' },
    });
    expect(last('reply')).toMatchObject({ commandId: 'mine', reply: { ok: true, seqs: [total + 1] } });
    expect(last('log')).toEqual({
      kind: 'log',
      exerciseId,
      events: [hosted.events[total]],
      lastSeq: total + 1,
    });
    await session.handle({ kind: 'close', exerciseId });
    const count = sent.length;
    await hosted.execute({ commandId: 'after', type: 'observation/record', payload: { text: 'z' } });
    expect(sent.slice(count).filter((message) => message.kind !== 'exercises')).toEqual([]);
  });

  it('sends one empty page when the console already holds the whole log', async () => {
    const { exerciseId } = await host.create(MINI_EXERCISE);
    const total = (await host.open(exerciseId)).events.length;
    await session.handle({ kind: 'open', exerciseId, since: total });
    expect(last('log')).toEqual({ kind: 'log', exerciseId, events: [], lastSeq: total });
  });

  it("pushes status when the exercise's status changes, and refuses commands then", async () => {
    const { exerciseId } = await host.create(MINI_EXERCISE);
    await session.handle({ kind: 'open', exerciseId, since: 0 });
    expect(last('status')).toEqual({ kind: 'status', exerciseId, readOnly: false, problem: null });
    (await host.open(exerciseId)).fail('disk full: nothing was recorded');
    expect(last('status')).toEqual({
      kind: 'status',
      exerciseId,
      readOnly: true,
      problem: 'disk full: nothing was recorded',
    });
    await session.handle({
      kind: 'command',
      exerciseId,
      commandId: 'c',
      type: 'exercise/start',
      payload: {},
    });
    expect(last('reply')?.reply).toMatchObject({ ok: false, code: 'not-allowed' });
  });

  it('pushes presence as stations come, at most once a second per exercise', async () => {
    const { exerciseId } = await host.create(MINI_EXERCISE);
    await session.handle({ kind: 'open', exerciseId, since: 0 });
    // Stations beat several times within the second: one push at the end of it carries the latest.
    const channel = transport(stationChannelName(exerciseId, 'nac'));
    for (const station of ['a', 'b', 'c']) channel.post({ kind: 'heartbeat', station });
    const presence = await waitFor('a presence with three stations', () => {
      const stations = last('presence')?.stations;
      return stations?.length === 3 ? stations : undefined;
    });
    expect(presence.map((station) => station.station)).toEqual(['a', 'b', 'c']);
    expect(sent.filter((message) => message.kind === 'presence').length).toBeLessThanOrEqual(3);
  });

  it('after close, pushes nothing more', async () => {
    const { exerciseId } = await host.create(MINI_EXERCISE);
    await session.handle({ kind: 'open', exerciseId, since: 0 });
    session.close();
    const count = sent.length;
    await host.create(MINI_EXERCISE);
    await (await host.open(exerciseId)).execute({ commandId: 's', type: 'exercise/start', payload: {} });
    expect(sent.length).toBe(count);
  });
});

/** SHA-256 of the event as one journal line: JSON with its keys sorted at every depth. */
function digestOf(event: ExerciseEvent): string {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
          )
        : value;
  return createHash('sha256')
    .update(JSON.stringify(sorted(event)))
    .digest('hex');
}

/** Observations recorded until the log holds `count` events (each command adds one or more). */
async function recordUntil(hosted: MemoryHostedExercise, count: number): Promise<void> {
  for (let i = 0; hosted.events.length < count; i++) {
    const reply = await hosted.execute({
      commandId: `o-${hosted.events.length}-${i}`,
      type: 'observation/record',
      payload: { text: 'x' },
    });
    if (!reply.ok) throw new Error(reply.reason);
  }
}

/** Every event sent for the exercise as `opening` or `log`, in the order sent. */
const eventsSent = () =>
  sent.flatMap((message) => (message.kind === 'opening' || message.kind === 'log' ? message.events : []));

describe('ConsoleSession opening a copy the console already holds', () => {
  let exerciseId: string;
  let hosted: MemoryHostedExercise;
  beforeEach(async () => {
    await session.handle({ kind: 'hello', token: 'tok' });
    ({ exerciseId } = await host.create(MINI_EXERCISE));
    hosted = await host.open(exerciseId);
    await hosted.execute({ commandId: 'start', type: 'exercise/start', payload: {} });
    await recordUntil(hosted, 12);
    sent = [];
  });

  it('sends the rest as log when the copy names the host’s event by its digest', async () => {
    const held = hosted.events[4] as ExerciseEvent;
    await session.handle({ kind: 'open', exerciseId, since: 5, digest: digestOf(held) });
    expect(kinds()).toEqual(['status', 'presence', 'log']);
    expect(last('log')).toEqual({
      kind: 'log',
      exerciseId,
      events: hosted.events.slice(5),
      lastSeq: hosted.events.length,
    });
  });

  it('answers diverged, and follows nothing, when the copy holds events the journal does not', async () => {
    const total = hosted.events.length;
    await session.handle({ kind: 'open', exerciseId, since: total + 210, digest: 'a'.repeat(64) });
    expect(sent).toEqual([
      {
        kind: 'diverged',
        exerciseId,
        heldSeq: total + 210,
        hostLastSeq: total,
        reason: `this browser's copy holds events ${total + 1}–${total + 210} that the exercise host's journal does not: the journal was restored from an older backup or replaced`,
      },
    ]);
    await hosted.execute({ commandId: 'later', type: 'observation/record', payload: { text: 'y' } });
    expect(kinds()).toEqual(['diverged']);
  });

  it('answers diverged when the copy’s event at since is not the host’s', async () => {
    const other = { ...(hosted.events[4] as ExerciseEvent), wallMs: 1 };
    await session.handle({ kind: 'open', exerciseId, since: 5, digest: digestOf(other) });
    expect(sent).toEqual([
      {
        kind: 'diverged',
        exerciseId,
        heldSeq: 5,
        hostLastSeq: hosted.events.length,
        reason: `this browser's copy differs from the exercise host's journal at event 5 of ${hosted.events.length}: the journal was restored from an older backup or replaced`,
      },
    ]);
  });

  it('stops following on diverged: a copy reopened from another journal gets nothing of the first', async () => {
    await session.handle({ kind: 'open', exerciseId, since: 0 });
    await session.handle({ kind: 'open', exerciseId, since: 5, digest: 'b'.repeat(64) });
    expect(kinds().at(-1)).toBe('diverged');
    const count = kinds().length;
    await hosted.execute({ commandId: 'later', type: 'observation/record', payload: { text: 'y' } });
    expect(kinds().slice(count)).toEqual([]);
  });
});

describe('ConsoleSession opening a copy far behind', () => {
  let exerciseId: string;
  let hosted: MemoryHostedExercise;
  beforeEach(async () => {
    await session.handle({ kind: 'hello', token: 'tok' });
    ({ exerciseId } = await host.create(MINI_EXERCISE));
    hosted = await host.open(exerciseId);
    await hosted.execute({ commandId: 'start', type: 'exercise/start', payload: {} });
    // Past the engine's first snapshot (every 2,000 events), and far enough behind for a quick open.
    await recordUntil(hosted, QUICK_OPEN_AFTER_EVENTS + 20);
    sent = [];
  });

  it('sends the first event, the latest snapshot and the events after it, then each batch once', async () => {
    const total = hosted.events.length;
    await session.handle({ kind: 'open', exerciseId, since: 0 });
    expect(kinds()).toEqual(['status', 'presence', 'opening']);
    const opening = last('opening');
    const snapshot = await hosted.latestSnapshot();
    expect(snapshot?.seq).toBeGreaterThan(0);
    expect(opening).toEqual({
      kind: 'opening',
      exerciseId,
      created: hosted.events[0],
      snapshot,
      events: hosted.events.slice(snapshot?.seq),
      lastSeq: total,
    });
    await hosted.execute({ commandId: 'next', type: 'observation/record', payload: { text: 'y' } });
    expect(last('log')).toEqual({
      kind: 'log',
      exerciseId,
      events: hosted.events.slice(total),
      lastSeq: total + 1,
    });
  });

  it('sends each event once, none missing, when batches are recorded while the snapshot is read', async () => {
    const read = hosted.latestSnapshot.bind(hosted);
    let reading: () => void = () => undefined;
    let release: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (reading = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    hosted.latestSnapshot = async () => {
      const snapshot = await read();
      reading();
      await gate;
      return snapshot;
    };
    const answered = session.handle({ kind: 'open', exerciseId, since: 0 });
    await started;
    for (const id of ['during-1', 'during-2', 'during-3'])
      await hosted.execute({ commandId: id, type: 'observation/record', payload: { text: id } });
    expect(kinds()).toEqual([]);
    release();
    await answered;
    for (const id of ['after-1', 'after-2'])
      await hosted.execute({ commandId: id, type: 'observation/record', payload: { text: id } });
    const opening = last('opening');
    const from = opening?.snapshot.seq ?? 0;
    expect(from).toBeGreaterThan(0);
    expect(eventsSent()).toEqual(hosted.events.slice(from));
    expect(kinds()).toEqual(['status', 'presence', 'opening', 'log', 'log']);
  });

  it('gives way to a close that came while the snapshot was read: nothing is sent', async () => {
    const read = hosted.latestSnapshot.bind(hosted);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    hosted.latestSnapshot = async () => {
      await gate;
      return read();
    };
    const answered = session.handle({ kind: 'open', exerciseId, since: 0 });
    await session.handle({ kind: 'close', exerciseId });
    release();
    await answered;
    await hosted.execute({ commandId: 'after', type: 'observation/record', payload: { text: 'z' } });
    expect(kinds()).toEqual([]);
  });

  it('sends log pages to a copy close behind, though a snapshot is ahead of it', async () => {
    const since = hosted.events.length - QUICK_OPEN_AFTER_EVENTS;
    const held = hosted.events[since - 1] as ExerciseEvent;
    await session.handle({ kind: 'open', exerciseId, since, digest: digestOf(held) });
    expect(kinds()).toEqual(['status', 'presence', 'log']);
    expect(eventsSent()).toEqual(hosted.events.slice(since));
  });

  it('answers history pages up to the journal’s end, and refuses a range past it or an unknown exercise', async () => {
    const total = hosted.events.length;
    await session.handle({ kind: 'open', exerciseId, since: 0 });
    const upTo = last('opening')?.snapshot.seq ?? 0;
    // The history before the snapshot, page by page, as the console reads it behind its first paint.
    const pages: ExerciseEvent[] = [];
    for (let from = 1; from <= upTo; from += CONSOLE_PAGE_EVENTS) {
      const to = Math.min(upTo, from + CONSOLE_PAGE_EVENTS - 1);
      await session.handle({ kind: 'history', requestId: `p${from}`, exerciseId, from, to });
      expect(last('history')).toMatchObject({ requestId: `p${from}`, exerciseId });
      pages.push(...(last('history')?.events ?? []));
    }
    expect(pages).toEqual(hosted.events.slice(0, upTo));
    await session.handle({ kind: 'history', requestId: 'h2', exerciseId, from: total - 1, to: total + 50 });
    expect(last('history')?.events).toEqual(hosted.events.slice(total - 2));
    await session.handle({ kind: 'history', requestId: 'h3', exerciseId, from: total + 1, to: total + 10 });
    expect(last('refused')).toEqual({
      kind: 'refused',
      requestId: 'h3',
      reason: `history refused: events ${(total + 1).toLocaleString('en-US')}–${(total + 10).toLocaleString('en-US')} of ${exerciseId} are past the end of its journal (its last event is ${total.toLocaleString('en-US')})`,
    });
    await session.handle({ kind: 'history', requestId: 'h4', exerciseId: 'ghost', from: 1, to: 5 });
    expect(last('refused')).toEqual({
      kind: 'refused',
      requestId: 'h4',
      reason: 'history refused: no exercise ghost in the data folder',
    });
    await session.handle({
      kind: 'history',
      requestId: 'h5',
      exerciseId,
      from: 1,
      to: CONSOLE_PAGE_EVENTS + 1,
    });
    expect(last('refused')).toMatchObject({ requestId: 'h5', reason: expect.stringMatching(/at most 2000/) });
  });

  it('answers history for an exercise the console does not follow', async () => {
    await session.handle({ kind: 'history', requestId: 'h', exerciseId, from: 3, to: 7 });
    expect(last('history')).toEqual({
      kind: 'history',
      requestId: 'h',
      exerciseId,
      events: hosted.events.slice(2, 7),
    });
  });
});
