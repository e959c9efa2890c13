import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCESS_FILE, readAccessFile, writeAccessFile, type AccessFileContent } from './access-file';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  const made = await mkdtemp(path.join(tmpdir(), 'pbsim-access-file-'));
  folders.push(made);
  return made;
}

/** 32 bytes of key, base64url: 43 characters. */
const KEY = Buffer.alloc(32, 0xa5).toString('base64url');

const content: AccessFileContent = {
  v: 1,
  key: KEY,
  codes: [
    {
      codeId: 'code-1',
      code: 'ACDEFHJKM',
      roles: ['ms-a'],
      kind: 'player',
      standing: true,
      issuedWallMs: 1_000,
      revokedWallMs: null,
    },
    {
      codeId: 'code-2',
      code: 'NPRTVWXY3',
      roles: ['excon', 'simcell'],
      kind: 'control',
      standing: false,
      issuedWallMs: 2_000,
      revokedWallMs: 3_000,
    },
  ],
  stations: [
    {
      tokenId: 'tok-1',
      stationId: 'st-1',
      roles: ['ms-a'],
      kind: 'player',
      codeId: 'code-1',
      address: '192.168.10.21',
      issuedWallMs: 2_000,
      expiresWallMs: 5_000,
      revokedWallMs: null,
    },
    {
      tokenId: 'tok-2',
      stationId: 'st-2',
      roles: ['lead-evaluator'],
      kind: 'evaluator',
      codeId: null,
      address: '127.0.0.1',
      issuedWallMs: 2_500,
      expiresWallMs: 6_000,
      revokedWallMs: 4_000,
    },
  ],
};

type Raw = Record<string, unknown> & {
  codes: Record<string, unknown>[];
  stations: Record<string, unknown>[];
};

/** The good content with `edit` made to it, written as someone editing the file by hand would. */
async function edited(dir: string, edit: (raw: Raw) => void): Promise<void> {
  const raw = JSON.parse(JSON.stringify(content)) as Raw;
  edit(raw);
  await writeFile(path.join(dir, ACCESS_FILE), JSON.stringify(raw));
}

describe('the access file', () => {
  it('is none in a folder without one, and reading creates nothing', async () => {
    const dir = await folder();
    expect((await stat(dir)).isDirectory()).toBe(true);
    expect(await readAccessFile(dir)).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('is written as station-access.json beside the journal, as JSON, and read back as written', async () => {
    const dir = await folder();
    await writeFile(path.join(dir, 'journal.jsonl'), '');
    await writeAccessFile(dir, content);
    expect(ACCESS_FILE).toBe('station-access.json');
    expect((await readdir(dir)).sort()).toEqual(['journal.jsonl', 'station-access.json']);
    const text = await readFile(path.join(dir, 'station-access.json'), 'utf8');
    expect(JSON.parse(text)).toEqual(content);
    expect(text.endsWith('}\n')).toBe(true);
    expect(await readAccessFile(dir)).toEqual(content);
  });

  it('is readable by its owner only, even when the file it replaces was readable by all', async () => {
    const dir = await folder();
    const file = path.join(dir, ACCESS_FILE);
    await writeFile(file, '{}');
    await chmod(file, 0o644);
    expect((await stat(file)).mode & 0o777).toBe(0o644);
    await writeAccessFile(dir, content);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('is replaced whole: fewer codes written over more leave none of the old ones', async () => {
    const dir = await folder();
    await writeAccessFile(dir, content);
    const fewer: AccessFileContent = { ...content, codes: content.codes.slice(0, 1), stations: [] };
    await writeAccessFile(dir, fewer);
    expect(JSON.parse(await readFile(path.join(dir, ACCESS_FILE), 'utf8'))).toEqual(fewer);
    expect(await readAccessFile(dir)).toEqual(fewer);
    expect(await readdir(dir)).toEqual([ACCESS_FILE]);
  });
});

describe('a damaged or edited access file', () => {
  it('is an error naming the file when it is not JSON: empty, or cut off half way', async () => {
    const dir = await folder();
    const file = path.join(dir, ACCESS_FILE);
    await writeAccessFile(dir, content);
    const whole = await readFile(file, 'utf8');
    for (const damaged of ['', whole.slice(0, whole.length / 2), 'station-access']) {
      await writeFile(file, damaged);
      await expect(readAccessFile(dir)).rejects.toThrow(
        `${file} is not JSON: the stations' codes and tokens of this exercise cannot be read`,
      );
    }
  });

  it('is an error naming the file and the field at fault', async () => {
    const dir = await folder();
    const file = path.join(dir, ACCESS_FILE);
    const cases: [string, (raw: Raw) => void][] = [
      ['v', (raw) => void (raw.v = 2)],
      ['codes.0.kind', (raw) => void (raw.codes[0] = { ...raw.codes[0], kind: 'admin' })],
      ['codes.1.roles', (raw) => void (raw.codes[1] = { ...raw.codes[1], roles: [] })],
      ['codes.0.issuedWallMs', (raw) => void (raw.codes[0] = { ...raw.codes[0], issuedWallMs: -1 })],
      [
        'stations.1.address',
        (raw) => void (raw.stations[1] = { ...raw.stations[1], address: 'x'.repeat(101) }),
      ],
      [
        'stations.0.revokedWallMs',
        (raw) => void (raw.stations[0] = { ...raw.stations[0], revokedWallMs: 'never' }),
      ],
      ['stations', (raw) => delete (raw as Partial<Raw>).stations],
    ];
    for (const [field, edit] of cases) {
      await edited(dir, edit);
      await expect(readAccessFile(dir), field).rejects.toThrow(`${file}: field ${field}: `);
    }
  });

  it('is an error naming the file when its whole shape is wrong, or a field was added', async () => {
    const dir = await folder();
    const file = path.join(dir, ACCESS_FILE);
    for (const whole of ['null', '[]', '"station-access"', JSON.stringify({ ...content, admin: true })]) {
      await writeFile(file, whole);
      await expect(readAccessFile(dir), whole.slice(0, 20)).rejects.toThrow(`${file}: field (the file): `);
    }
  });

  it('does not repeat an edited key in its error', async () => {
    const dir = await folder();
    const file = path.join(dir, ACCESS_FILE);
    const shortened = KEY.slice(0, 42);
    await edited(dir, (raw) => void (raw.key = shortened));
    expect(await readFile(file, 'utf8')).toContain(shortened);
    const error = await readAccessFile(dir).then(
      () => null,
      (thrown: unknown) => thrown as Error,
    );
    expect(error?.message).toMatch(new RegExp(`^${file.replaceAll('.', '\\.')}: field key: `));
    expect(error?.message).not.toContain(shortened);
  });

  it('is not taken for a missing one when the folder cannot be read', async () => {
    const dir = await folder();
    const notAFolder = path.join(dir, 'journal.jsonl');
    await writeFile(notAFolder, '');
    await expect(readAccessFile(notAFolder)).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});
