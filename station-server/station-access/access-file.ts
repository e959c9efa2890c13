import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { STATION_GRANT_KINDS } from '../../core/index';
import { replaceFileWhole } from '../replace-file';

/** Beside the journal in the exercise's folder; never in the journal, a backup or a report (ADR 0007). */
export const ACCESS_FILE = 'station-access.json';

const Id = z.string().min(1).max(200);
const Roles = z.array(Id).min(1).max(8);
const Kind = z.enum(STATION_GRANT_KINDS);
const Time = z.number().int().nonnegative();

export const CodeRecord = z.strictObject({
  codeId: Id,
  code: z.string().min(1).max(40),
  roles: Roles,
  kind: Kind,
  /** A role's own code, replaced when revoked; false for one the controller asked for. */
  standing: z.boolean(),
  issuedWallMs: Time,
  revokedWallMs: Time.nullable(),
});
export type CodeRecord = z.infer<typeof CodeRecord>;

export const StationRecord = z.strictObject({
  tokenId: Id,
  stationId: Id,
  roles: Roles,
  kind: Kind,
  /** The code it joined with; null for a window the console opened. */
  codeId: Id.nullable(),
  address: z.string().max(100),
  issuedWallMs: Time,
  expiresWallMs: Time,
  revokedWallMs: Time.nullable(),
});
export type StationRecord = z.infer<typeof StationRecord>;

export const AccessFileContent = z.strictObject({
  v: z.literal(1),
  /** The exercise's token key: 32 random bytes, base64url. */
  key: z.string().length(43),
  codes: z.array(CodeRecord),
  stations: z.array(StationRecord),
});
export type AccessFileContent = z.infer<typeof AccessFileContent>;

export const accessFileOf = (folder: string) => path.join(folder, ACCESS_FILE);

/** The file's content, null when there is none; a damaged file is an error naming it and the field at fault. */
export async function readAccessFile(folder: string): Promise<AccessFileContent | null> {
  const file = accessFileOf(folder);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not JSON: the stations' codes and tokens of this exercise cannot be read`);
  }
  const parsed = AccessFileContent.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${file}: field ${issue?.path.join('.') || '(the file)'}: ${issue?.message ?? 'not readable'}`,
    );
  }
  return parsed.data;
}

/** Written whole (replace-file.ts), readable by this user only: it holds the exercise's key. */
export function writeAccessFile(folder: string, content: AccessFileContent): Promise<void> {
  return replaceFileWhole(accessFileOf(folder), `${JSON.stringify(content, null, 2)}\n`, 0o600);
}
