import { readdir, readFile, stat } from 'node:fs/promises';
import {
  contentOfCreated,
  createdEvent,
  type ExerciseEvent,
  type ExerciseRecord,
  type LoadedContent,
  type RolePlay,
} from '../core/index';
import { readJournalFile } from '../node-adapters/index';
import { checkExerciseId, type ExerciseFiles } from './data-folder';
import { replaceFileWhole } from './replace-file';

type ClockStatus = ExerciseRecord['status'];

/** What the catalogue shows of an exercise, from its first event, its content and how far its log got. */
export function recordOfLog(log: {
  created: ExerciseEvent;
  content: LoadedContent;
  status: ClockStatus;
  eventCount: number;
  lastEventWallMs: number;
  /** A what-if branch's `exercise.branched`: its own name, and where it left its origin. */
  branched?: ExerciseEvent | undefined;
}): ExerciseRecord {
  const { payload, exerciseId, wallMs } = createdEvent(log.created);
  const branch = log.branched?.type === 'exercise.branched' ? log.branched.payload : null;
  return {
    exerciseId,
    name: branch?.name || payload.name || exerciseId,
    scenarioId: log.content.scenario.id,
    scenarioTitle: log.content.scenario.title,
    marking: payload.exerciseMarking || 'EXERCISE',
    // A branch is listed from when it was made, not from when its origin was.
    createdWallMs: branch ? (log.branched as ExerciseEvent).wallMs : wallMs,
    status: log.status,
    // The log keeps the roles played by software; stations and roles played by hand are not recorded in it.
    roles: Object.fromEntries(
      Object.entries(payload.autoPlay).map(([role, policy]) => [role, policy as RolePlay]),
    ),
    lastEventWallMs: log.lastEventWallMs,
    eventCount: log.eventCount,
    ...(branch
      ? { branchOf: { exerciseId: branch.origin.exerciseId, name: branch.origin.name, atSeq: branch.atSeq } }
      : {}),
  };
}

/** The clock's status after an event, as the engine's fold (core/engine/apply-event.ts) sets it. */
export function clockStatusAfter(status: ClockStatus, event: ExerciseEvent): ClockStatus {
  switch (event.type) {
    case 'exercise.started':
    case 'clock.resumed':
      return 'running';
    case 'clock.paused':
      return 'paused';
    case 'exercise.ended':
      return 'ended';
    case 'exercise.branched':
      return status === 'running' ? 'paused' : status;
    default:
      return status;
  }
}

/**
 * The record of an exercise worked out from its journal alone, streamed so a long journal costs no memory:
 * what `exercise.json` is rebuilt from when it is missing, unreadable or older than the journal (a crash
 * came between a batch and the record's next rewrite). Null for a journal with no `exercise.created`.
 */
export async function recordFromJournal(journal: string): Promise<ExerciseRecord | null> {
  let created: ExerciseEvent | undefined;
  let branched: ExerciseEvent | undefined;
  let status: ClockStatus = 'ready';
  let eventCount = 0;
  let lastEventWallMs = 0;
  await readJournalFile(
    journal,
    (event) => {
      created ??= event;
      if (event.type === 'exercise.branched') branched = event;
      status = clockStatusAfter(status, event);
      eventCount += 1;
      lastEventWallMs = event.wallMs;
    },
    { trusted: true },
  );
  if (created?.type !== 'exercise.created') return null;
  return recordOfLog({
    created,
    content: contentOfCreated(created),
    status,
    eventCount,
    lastEventWallMs,
    branched,
  });
}

/** The record in `exercise.json`, or null when it is missing, unreadable or not this exercise's. */
export async function readRecordFile(file: string, exerciseId: string): Promise<ExerciseRecord | null> {
  let value: Partial<ExerciseRecord> | null;
  try {
    value = JSON.parse(await readFile(file, 'utf8')) as Partial<ExerciseRecord> | null;
  } catch {
    return null;
  }
  const valid =
    typeof value === 'object' &&
    value !== null &&
    value.exerciseId === exerciseId &&
    typeof value.name === 'string' &&
    typeof value.scenarioId === 'string' &&
    typeof value.scenarioTitle === 'string' &&
    typeof value.marking === 'string' &&
    typeof value.status === 'string' &&
    typeof value.roles === 'object' &&
    value.roles !== null &&
    Number.isFinite(value.createdWallMs) &&
    Number.isFinite(value.lastEventWallMs) &&
    Number.isSafeInteger(value.eventCount);
  return valid ? (value as ExerciseRecord) : null;
}

/**
 * Replace `exercise.json` whole: written beside it, fsync'd and renamed over it, so a crash leaves the old
 * record or the new one, never half of one.
 */
export async function writeRecordFile(file: string, record: ExerciseRecord): Promise<void> {
  await replaceFileWhole(file, `${JSON.stringify(record, null, 2)}\n`);
}

/**
 * The record of one exercise folder: `exercise.json` when it is there and at least as new as the journal,
 * else rebuilt from the journal and written again. Null for a folder that holds no exercise.
 */
export async function loadRecord(files: ExerciseFiles, exerciseId: string): Promise<ExerciseRecord | null> {
  const [recordInfo, journalInfo] = await Promise.all([
    stat(files.record).catch(() => null),
    stat(files.journal).catch(() => null),
  ]);
  const kept = recordInfo ? await readRecordFile(files.record, exerciseId) : null;
  if (kept && (!journalInfo || journalInfo.mtimeMs <= (recordInfo?.mtimeMs ?? 0))) return kept;
  if (!journalInfo || journalInfo.size === 0) return kept;
  const rebuilt = await recordFromJournal(files.journal);
  if (!rebuilt || rebuilt.exerciseId !== exerciseId) return kept;
  // What the console named it (and roles played at stations or by hand) is only in the record written at
  // creation: keep that, and take how far it got from the journal.
  const { status, eventCount, lastEventWallMs } = rebuilt;
  const record = kept ? { ...kept, status, eventCount, lastEventWallMs } : rebuilt;
  await writeRecordFile(files.record, record);
  return record;
}

/** The names in the data folder that may be exercise folders (its own folders begin with "."). */
export async function exerciseFolderNames(dataFolder: string): Promise<string[]> {
  const entries = await readdir(dataFolder, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && isUsableId(entry.name))
    .map((entry) => entry.name)
    .sort();
}

function isUsableId(name: string): boolean {
  try {
    checkExerciseId(name);
    return true;
  } catch {
    return false;
  }
}
