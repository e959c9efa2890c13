import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AccessRegistry } from './access-registry';
import { StationAccess, type AccessRole, type StationAccessDeps } from './station-access';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

const ROLES = new Map<string, AccessRole>([
  ['ms-a', { id: 'ms-a', audience: 'players' }],
  ['excon', { id: 'excon', audience: 'control' }],
]);

/** A fixed clock and seeded randomness: every run makes the same codes. */
function deps(seed = 0): StationAccessDeps {
  let counter = seed;
  return {
    now: () => Date.UTC(2026, 11, 4, 8),
    randomBytes: (size) => Uint8Array.from({ length: size }, () => (counter = (counter + 53) % 256)),
  };
}

async function folder(): Promise<string> {
  const made = await mkdtemp(path.join(tmpdir(), 'pbsim-registry-'));
  folders.push(made);
  return made;
}

/** An exercise's folder as an earlier run of the host left it; its codes as that run's access has them. */
async function existingExercise(exerciseId: string, seed: number) {
  const dir = await folder();
  const access = await StationAccess.open(dir, { exerciseId, roles: ROLES }, deps(seed));
  const [code] = access.codes();
  if (!code) throw new Error('no standing code');
  return { dir, access, code };
}

/** The live codes in an access file, read without the module. */
async function liveCodesOnDisk(dir: string): Promise<string[]> {
  const content = JSON.parse(await readFile(path.join(dir, 'station-access.json'), 'utf8')) as {
    codes: { code: string; revokedWallMs: number | null }[];
  };
  return content.codes.filter((code) => code.revokedWallMs === null).map((code) => code.code);
}

describe('the access of every exercise', () => {
  it('opens each exercise once, however many ask at the same time', async () => {
    const registry = new AccessRegistry(deps());
    const dir = await folder();
    const [first, second] = await Promise.all([
      registry.forExercise('ex-1', dir, ROLES),
      registry.forExercise('ex-1', dir, ROLES),
    ]);
    expect(second).toBe(first);
    expect(await registry.forExercise('ex-1', dir, ROLES)).toBe(first);
    expect(first.exerciseId).toBe('ex-1');
  });

  it('finds a code as people type it: any case, grouped with spaces, hyphens or dots', async () => {
    const registry = new AccessRegistry(deps());
    const dir = await folder();
    const access = await registry.forExercise('ex-1', dir, ROLES);
    const [code] = access.codes();
    if (!code) throw new Error('no code');
    expect(await liveCodesOnDisk(dir)).toEqual([code.code]);
    const plain = code.code;
    const groups = [plain.slice(0, 3), plain.slice(3, 6), plain.slice(6)];
    for (const typed of [
      plain,
      plain.toLowerCase(),
      groups.join('-'),
      ` ${groups.join(' ')} `,
      groups.join('.'),
    ])
      expect(await registry.findByCode(typed), typed).toEqual({ exerciseId: 'ex-1', code });
  });

  it('finds nothing for what cannot be a code, or a code no exercise has', async () => {
    const registry = new AccessRegistry(deps());
    const [code] = (await registry.forExercise('ex-1', await folder(), ROLES)).codes();
    if (!code) throw new Error('no code');
    expect(await registry.findByCode(code.code)).toEqual({ exerciseId: 'ex-1', code });
    // A code of the right form that differs in its first symbol.
    const unknown = code.code.startsWith('A') ? `C${code.code.slice(1)}` : `A${code.code.slice(1)}`;
    for (const typed of ['', 'not a code', `${code.code}A`, code.code.slice(1), 'OOOOOOOOO', unknown])
      expect(await registry.findByCode(typed), typed).toBeNull();
  });

  it('knows the codes of exercises already in the data folder once indexed, before any is opened', async () => {
    const one = await existingExercise('ex-1', 0);
    const two = await existingExercise('ex-2', 101);
    expect(two.code.code).not.toBe(one.code.code);
    const registry = new AccessRegistry(deps(200));
    expect(await registry.findByCode(one.code.code)).toBeNull();
    await registry.index('ex-1', one.dir);
    await registry.index('ex-2', two.dir);
    expect(await registry.findByCode(one.code.code)).toEqual({ exerciseId: 'ex-1', code: one.code });
    expect(await registry.findByCode(two.code.code.toLowerCase())).toEqual({
      exerciseId: 'ex-2',
      code: two.code,
    });
  });

  it('indexes only live codes: a revoked code stays out, its replacement is in', async () => {
    const { dir, access, code } = await existingExercise('ex-1', 0);
    const replacement = await access.revokeCode(code.codeId);
    if (!replacement) throw new Error('no replacement');
    expect(await liveCodesOnDisk(dir)).toEqual([replacement.code]);
    const registry = new AccessRegistry(deps(200));
    await registry.index('ex-1', dir);
    expect(await registry.findByCode(replacement.code)).toEqual({ exerciseId: 'ex-1', code: replacement });
    expect(await registry.findByCode(code.code)).toBeNull();
  });

  it('indexes nothing for a folder without an access file, and creates none', async () => {
    const dir = await folder();
    const registry = new AccessRegistry(deps());
    await registry.index('ex-2', dir);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses to index a damaged access file, naming it, and keeps the codes of the others', async () => {
    const good = await existingExercise('ex-1', 0);
    const damaged = await folder();
    const file = path.join(damaged, 'station-access.json');
    await writeFile(file, '{"v":1,"key":');
    const registry = new AccessRegistry(deps(200));
    await registry.index('ex-1', good.dir);
    await expect(registry.index('ex-2', damaged)).rejects.toThrow(`${file} is not JSON`);
    expect(await registry.findByCode(good.code.code)).toEqual({ exerciseId: 'ex-1', code: good.code });
  });

  it('answers from the opened exercise once it is open: a code revoked since it was indexed lets nobody in', async () => {
    const { dir, code } = await existingExercise('ex-1', 0);
    const registry = new AccessRegistry(deps(200));
    await registry.index('ex-1', dir);
    expect(await registry.findByCode(code.code)).toEqual({ exerciseId: 'ex-1', code });
    const access = await registry.forExercise('ex-1', dir, ROLES);
    const replacement = await access.revokeCode(code.codeId);
    expect(await registry.findByCode(code.code)).toBeNull();
    expect(await registry.findByCode(replacement?.code ?? '')).toEqual({
      exerciseId: 'ex-1',
      code: replacement,
    });
  });

  it('opens again an exercise whose opening failed, once its file is mended', async () => {
    const dir = await folder();
    const file = path.join(dir, 'station-access.json');
    await writeFile(file, 'damaged');
    const registry = new AccessRegistry(deps());
    await expect(registry.forExercise('ex-1', dir, ROLES)).rejects.toThrow(`${file} is not JSON`);
    // A failed opening does not stop the codes of other exercises from being found.
    const other = await existingExercise('ex-2', 101);
    await registry.index('ex-2', other.dir);
    expect(await registry.findByCode(other.code.code)).toEqual({ exerciseId: 'ex-2', code: other.code });
    await rm(file);
    const access = await registry.forExercise('ex-1', dir, ROLES);
    expect(access.codes()).toHaveLength(1);
  });
});

describe('a deleted exercise', () => {
  it('lets nobody in with its codes, whether it was opened or only indexed; the others still work', async () => {
    const opened = await existingExercise('ex-1', 0);
    const indexed = await existingExercise('ex-2', 101);
    const kept = await existingExercise('ex-3', 202);
    const registry = new AccessRegistry(deps(50));
    const access = await registry.forExercise('ex-1', opened.dir, ROLES);
    await registry.index('ex-2', indexed.dir);
    await registry.index('ex-3', kept.dir);
    const [openedCode] = access.codes();
    if (!openedCode) throw new Error('no code');
    for (const [exerciseId, code] of [
      ['ex-1', openedCode],
      ['ex-2', indexed.code],
      ['ex-3', kept.code],
    ] as const)
      expect(await registry.findByCode(code.code)).toEqual({ exerciseId, code });
    registry.forget('ex-1');
    registry.forget('ex-2');
    expect(await registry.findByCode(openedCode.code)).toBeNull();
    expect(await registry.findByCode(indexed.code.code)).toBeNull();
    expect(await registry.findByCode(kept.code.code)).toEqual({ exerciseId: 'ex-3', code: kept.code });
  });
});
