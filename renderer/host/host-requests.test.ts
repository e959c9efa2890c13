// The host's HTTP endpoints as the console calls them, against the test host's answers
// (test/fixtures/test-host.ts), and the refusals a page not on the host's computer gets.
import { describe, expect, it } from 'vitest';
import { decodeJournal } from '../../core/index';
import { miniExercise } from '../../test/fixtures/test-console';
import { TEST_TOKEN, TestHost } from '../../test/fixtures/test-host';
import {
  ConsoleRefusedError,
  fetchConsoleToken,
  fetchBackup,
  findJournal,
  restoreBackup,
} from './host-requests';

describe('the host’s HTTP endpoints', () => {
  it('gives the console’s token, and says why not to a page on another computer', async () => {
    const host = new TestHost();
    expect(await fetchConsoleToken(host.fetch)).toBe(TEST_TOKEN);
    const forbidden = async () => new Response('not loopback', { status: 403 });
    await expect(fetchConsoleToken(forbidden)).rejects.toBeInstanceOf(ConsoleRefusedError);
    await expect(fetchConsoleToken(forbidden)).rejects.toThrow(/only to a page opened on its own computer/);
    const broken = async () => new Response('oops', { status: 500 });
    await expect(fetchConsoleToken(broken)).rejects.toThrow('answered 500');
  });

  it('downloads a backup (a package the host signed) and restores it as a new exercise, refusing it once the exercise is there', async () => {
    const host = new TestHost();
    const record = await host.create(miniExercise());
    const backup = await fetchBackup(record.exerciseId, TEST_TOKEN, host.fetch);
    expect(backup.fileName).toBe(`${record.exerciseId}.pbsim-package`);
    // Manifest, the journal's lines, seal.
    const lines = backup.text.split('\n').slice(0, -1);
    expect(decodeJournal(`${lines.slice(1, -1).join('\n')}\n`, { trusted: false }).events).toEqual(
      host.exercise(record.exerciseId).engine.events,
    );
    expect(await restoreBackup(backup.fileName, backup.text, TEST_TOKEN, host.fetch)).toEqual({
      ok: false,
      reason: `${record.exerciseId} is already in the data folder; delete it first`,
    });
    host.delete(record.exerciseId);
    const restored = await restoreBackup(backup.fileName, backup.text, TEST_TOKEN, host.fetch);
    expect(restored).toMatchObject({
      ok: true,
      record: { exerciseId: record.exerciseId },
      notes: [expect.stringContaining('signed by a key this host knows')],
    });
    host.close();
  });

  it('posts a file’s bytes as they are, and the host reads them as the journal they hold', async () => {
    const host = new TestHost();
    const record = await host.create(miniExercise());
    const events = host.recorded(record.exerciseId);
    const { text } = await fetchBackup(record.exerciseId, TEST_TOKEN, host.fetch);
    host.delete(record.exerciseId);
    const bytes = new TextEncoder().encode(text);
    const restored = await restoreBackup('backup.jsonl', bytes, TEST_TOKEN, host.fetch);
    expect(restored).toMatchObject({ ok: true, record: { exerciseId: record.exerciseId } });
    expect(host.recorded(record.exerciseId)).toEqual(events);
    host.close();
  });

  it('finds a journal the host holds, and null for an exercise it does not', async () => {
    const host = new TestHost();
    const record = await host.create(miniExercise());
    const found = await findJournal(record.exerciseId, TEST_TOKEN, host.fetch);
    expect(decodeJournal(found?.text ?? '', { trusted: false }).events).toEqual(
      host.recorded(record.exerciseId),
    );
    expect(await findJournal('elsewhere', TEST_TOKEN, host.fetch)).toBeNull();
    await expect(findJournal(record.exerciseId, 'wrong', host.fetch)).rejects.toThrow('403 no console token');
    host.close();
  });

  it('says what the host answered when it refuses', async () => {
    const host = new TestHost();
    await expect(fetchBackup('ex-1', 'wrong', host.fetch)).rejects.toThrow(
      'the exercise host could not give the backup of ex-1: 403 no console token',
    );
    await expect(fetchBackup('ex-1', TEST_TOKEN, host.fetch)).rejects.toThrow('404 no such exercise');
    expect(await restoreBackup('a.jsonl', '{}\n', 'wrong', host.fetch)).toEqual({
      ok: false,
      reason: 'a.jsonl: the exercise host refused it: 403 no console token',
    });
    // A refusal with a reason (the host's size cap) is shown as that reason, not as raw JSON.
    const reason = 'big.jsonl is larger than 1024 MB: it cannot be a journal to restore';
    const capped = (async () =>
      new Response(JSON.stringify({ ok: false, reason }), { status: 413 })) as unknown as typeof fetch;
    expect(await restoreBackup('big.jsonl', '{}\n', TEST_TOKEN, capped)).toEqual({ ok: false, reason });
  });
});
