import { createHmac } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET } from '../../core/index';
import { StationAccess, TOKEN_LIFETIME_MS, type AccessRole, type StationAccessDeps } from './station-access';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

const DAY = 24 * 3_600_000;
const START = Date.UTC(2026, 11, 4, 8);

const roleList = (...entries: [string, AccessRole['audience']][]) =>
  new Map<string, AccessRole>(entries.map(([id, audience]) => [id, { id, audience }]));

const ROLES = roleList(
  ['ms-a', 'players'],
  ['nac', 'players'],
  ['excon', 'control'],
  ['simcell', 'control'],
  ['white-cell', 'control'],
  ['lead-evaluator', 'evaluation'],
  ['observer', 'observers'],
);

/** A simulated clock and seeded randomness (a counter's bytes), so every run makes the same codes and keys. */
function world(seed = 0) {
  const clock = { now: START };
  let counter = seed;
  const deps: StationAccessDeps = {
    now: () => clock.now,
    randomBytes: (size) => Uint8Array.from({ length: size }, () => (counter = (counter + 37) % 256)),
  };
  return { clock, deps };
}

async function newFolder(): Promise<string> {
  const made = await mkdtemp(path.join(tmpdir(), 'pbsim-station-access-'));
  folders.push(made);
  return made;
}

async function opened(options: { folder?: string; seed?: number; roles?: Map<string, AccessRole> } = {}) {
  const folder = options.folder ?? (await newFolder());
  const { clock, deps } = world(options.seed);
  const access = await StationAccess.open(
    folder,
    { exerciseId: 'ex-1', roles: options.roles ?? ROLES },
    deps,
  );
  return { access, clock, deps, folder };
}

/** The access file as it is on disk, read without the module. */
async function onDisk(folder: string) {
  const text = await readFile(path.join(folder, 'station-access.json'), 'utf8');
  return {
    text,
    content: JSON.parse(text) as {
      key: string;
      codes: { codeId: string; code: string; revokedWallMs: number | null }[];
      stations: { tokenId: string; stationId: string; codeId: string | null; revokedWallMs: number | null }[];
    },
  };
}

function codeOf(access: StationAccess, role: string) {
  const code = access.codes().find((entry) => entry.roles.length === 1 && entry.roles[0] === role);
  if (!code) throw new Error(`no live code for ${role}`);
  return code;
}

/** A token made by hand from a grant and a base64url key: the format of ADR 0007, signed with node:crypto. */
function handSigned(grant: object, key: string): string {
  const body = Buffer.from(JSON.stringify(grant)).toString('base64url');
  return `${body}.${createHmac('sha256', Buffer.from(key, 'base64url')).update(body).digest('base64url')}`;
}

function grantIn(token: string): Record<string, unknown> {
  const [body = ''] = token.split('.');
  return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
}

const NOT_SIGNED = {
  ok: false,
  reason: 'the station token is not signed by this exercise: join again with a code',
};
const NOT_OURS = {
  ok: false,
  reason: 'the station token is not one of this exercise: join again with a code',
};
const REVOKED = {
  ok: false,
  reason: 'exercise control revoked this station: ask for a new code to join again',
};

describe('the join codes of an exercise', () => {
  it('are one standing code for each role of the players, evaluation and observers, none for control', async () => {
    const { access, folder } = await opened();
    expect(
      access
        .codes()
        .map((code) => `${code.roles.join('+')}:${code.kind}:${String(code.standing)}`)
        .sort(),
    ).toEqual([
      'lead-evaluator:evaluator:true',
      'ms-a:player:true',
      'nac:player:true',
      'observer:observer:true',
    ]);
    for (const { code, issuedWallMs, revokedWallMs } of access.codes()) {
      expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{9}$`));
      expect([issuedWallMs, revokedWallMs]).toEqual([START, null]);
    }
    expect(new Set(access.codes().map((code) => code.code)).size).toBe(4);
    expect(new Set(access.codes().map((code) => code.codeId)).size).toBe(4);
    // On disk before anyone is given one.
    expect((await onDisk(folder)).content.codes.map((code) => code.code).sort()).toEqual(
      access
        .codes()
        .map((code) => code.code)
        .sort(),
    );
  });

  it('are found by their plain text while live, and not at all once revoked', async () => {
    const { access } = await opened();
    const code = codeOf(access, 'nac');
    expect(access.findCode(code.code)).toEqual(code);
    expect(access.findCode('ACDEFHJKM')).toBeNull();
    await access.revokeCode(code.codeId);
    expect(access.findCode(code.code)).toBeNull();
  });

  it('include a control station’s code only when the controller asks for one', async () => {
    const { access, folder } = await opened();
    expect(access.codes().some((code) => code.kind === 'control')).toBe(false);
    const control = await access.issueCode(['white-cell', 'simcell'], 'control');
    expect(control).toMatchObject({ roles: ['simcell', 'white-cell'], kind: 'control', standing: false });
    expect(access.findCode(control.code)).toEqual(control);
    expect((await onDisk(folder)).content.codes.map((code) => code.codeId)).toContain(control.codeId);
    const { grant } = await access.join(control, '192.168.10.5');
    expect(grant).toMatchObject({ roles: ['simcell', 'white-cell'], kind: 'control' });
  });

  it('never include EXCON’s: the clock, NO PLAY and ENDEX stay at the console; nothing is written', async () => {
    const { access, folder } = await opened();
    const before = (await onDisk(folder)).text;
    for (const roles of [['excon'], ['simcell', 'excon']])
      await expect(access.issueCode(roles, 'control')).rejects.toThrow(/^EXCON stays at the console/);
    expect((await onDisk(folder)).text).toBe(before);
  });

  it('are never given for a role the exercise lacks, of the wrong kind, or twice over; nothing is written', async () => {
    const { access, folder } = await opened();
    const before = (await onDisk(folder)).text;
    await expect(access.issueCode(['ms-a'], 'control')).rejects.toThrow(
      'ms-a is played by a player station, not a control one',
    );
    await expect(access.issueCode(['simcell', 'ms-a'], 'control')).rejects.toThrow(
      /ms-a is played by a player/,
    );
    await expect(access.issueCode(['ghost'], 'player')).rejects.toThrow('exercise ex-1 has no role ghost');
    await expect(access.issueCode(['ms-a', 'ms-a'], 'player')).rejects.toThrow(
      'a role is named twice in ms-a, ms-a',
    );
    expect((await onDisk(folder)).text).toBe(before);
    expect(access.codes()).toHaveLength(4);
  });

  it('revoked, a role’s standing code is replaced by a new one; a code asked for is just gone', async () => {
    const { access, clock, folder } = await opened();
    const old = codeOf(access, 'nac');
    clock.now += 60_000;
    const replacement = await access.revokeCode(old.codeId);
    expect(replacement).toMatchObject({
      roles: ['nac'],
      kind: 'player',
      standing: true,
      issuedWallMs: START + 60_000,
    });
    expect(replacement?.code).not.toBe(old.code);
    expect(replacement?.codeId).not.toBe(old.codeId);
    expect(access.codes().filter((code) => code.roles[0] === 'nac')).toEqual([replacement]);
    const disk = (await onDisk(folder)).content.codes;
    expect(disk.find((code) => code.codeId === old.codeId)?.revokedWallMs).toBe(START + 60_000);
    expect(disk.find((code) => code.codeId === replacement?.codeId)?.revokedWallMs).toBeNull();

    const asked = await access.issueCode(['simcell'], 'control');
    expect(await access.revokeCode(asked.codeId)).toBeNull();
    expect(access.findCode(asked.code)).toBeNull();
    expect(access.codes().some((code) => code.roles.includes('simcell'))).toBe(false);
    await expect(access.revokeCode(asked.codeId)).rejects.toThrow(
      `exercise ex-1 has no live join code ${asked.codeId}`,
    );
    await expect(access.revokeCode('code-none')).rejects.toThrow(/no live join code code-none/);
  });
});

describe('a station that joins', () => {
  it('is given a token of its code’s roles, signed with the exercise’s key in the access file', async () => {
    const { access, folder } = await opened();
    const code = codeOf(access, 'ms-a');
    const { token, grant } = await access.join(code, '192.168.10.21');
    expect(grantIn(token)).toEqual(grant);
    expect(grant).toMatchObject({
      v: 1,
      exerciseId: 'ex-1',
      roles: ['ms-a'],
      kind: 'player',
      issuedWallMs: START,
      expiresWallMs: START + 14 * DAY,
    });
    const { content } = await onDisk(folder);
    expect(token).toBe(handSigned(grant, content.key));
    expect(content.stations).toEqual([
      {
        tokenId: grant.tokenId,
        stationId: grant.stationId,
        roles: ['ms-a'],
        kind: 'player',
        codeId: code.codeId,
        address: '192.168.10.21',
        issuedWallMs: START,
        expiresWallMs: START + 14 * DAY,
        revokedWallMs: null,
      },
    ]);
    expect(access.verify(token)).toEqual({ ok: true, grant, station: content.stations[0] });
  });

  it('is another station each time, even from the same code and address', async () => {
    const { access } = await opened();
    const code = codeOf(access, 'ms-a');
    const first = await access.join(code, '192.168.10.21');
    const second = await access.join(code, '192.168.10.21');
    expect(second.grant.stationId).not.toBe(first.grant.stationId);
    expect(second.grant.tokenId).not.toBe(first.grant.tokenId);
    expect(access.stations().map((station) => station.stationId)).toEqual([
      first.grant.stationId,
      second.grant.stationId,
    ]);
  });

  it('keeps its token fourteen days by default, or the lifetime the host sets', async () => {
    const { access, clock } = await opened();
    expect(TOKEN_LIFETIME_MS).toBe(14 * DAY);
    const { token } = await access.join(codeOf(access, 'ms-a'), '10.0.0.1');
    clock.now = START + 14 * DAY - 1;
    expect(access.verify(token)).toMatchObject({ ok: true });
    clock.now = START + 14 * DAY;
    expect(access.verify(token)).toEqual({
      ok: false,
      reason: 'the station token has expired: join again with a code from exercise control',
    });

    const { clock: shortClock, deps } = world();
    const short = await StationAccess.open(
      await newFolder(),
      { exerciseId: 'ex-1', roles: ROLES },
      { ...deps, tokenLifetimeMs: 3_600_000 },
    );
    const { grant, token: shortToken } = await short.join(codeOf(short, 'ms-a'), '10.0.0.1');
    expect(grant.expiresWallMs).toBe(START + 3_600_000);
    shortClock.now = START + 3_600_000;
    expect(short.verify(shortToken)).toMatchObject({ ok: false, reason: expect.stringMatching(/expired/) });
  });

  it('keeps at most 100 characters of the address it came from', async () => {
    const { access } = await opened();
    const { grant } = await access.join(codeOf(access, 'ms-a'), `fe80::1%${'x'.repeat(200)}`);
    const station = access.stations().find((entry) => entry.stationId === grant.stationId);
    expect(station?.address).toBe(`fe80::1%${'x'.repeat(92)}`);
  });
});

describe('a window the console opens', () => {
  it('is a station of the roles asked, of the kind their audience plays, with no code', async () => {
    const { access, folder } = await opened();
    const evaluator = await access.issueForConsole(['lead-evaluator'], undefined, '127.0.0.1');
    expect(evaluator.grant).toMatchObject({ roles: ['lead-evaluator'], kind: 'evaluator' });
    const control = await access.issueForConsole(['simcell', 'excon'], undefined, '127.0.0.1');
    expect(control.grant).toMatchObject({ roles: ['excon', 'simcell'], kind: 'control' });
    const player = await access.issueForConsole(['nac'], 'player', '127.0.0.1');
    expect(player.grant).toMatchObject({ roles: ['nac'], kind: 'player' });
    const { content } = await onDisk(folder);
    expect(content.stations.map((station) => station.codeId)).toEqual([null, null, null]);
    for (const { token, grant } of [evaluator, control, player]) {
      expect(token).toBe(handSigned(grant, content.key));
      expect(access.verify(token)).toMatchObject({ ok: true, grant });
    }
  });

  it('is refused for roles of two audiences, a kind their audience does not play, or a role not there', async () => {
    const { access } = await opened();
    expect(() => access.issueForConsole(['ms-a', 'excon'], undefined, '127.0.0.1')).toThrow(
      'excon is played by a control station, not a player one',
    );
    expect(() => access.issueForConsole(['ms-a'], 'control', '127.0.0.1')).toThrow(
      'ms-a is played by a player station, not a control one',
    );
    expect(() => access.issueForConsole(['ghost'], undefined, '127.0.0.1')).toThrow(
      'exercise ex-1 has no role ghost',
    );
    expect(access.stations()).toEqual([]);
  });
});

describe('verifying a token', () => {
  it('refuses a token whose roles were edited, though its signature is intact', async () => {
    const { access } = await opened();
    const { token, grant } = await access.join(codeOf(access, 'ms-a'), '10.0.0.1');
    expect(access.verify(token)).toMatchObject({ ok: true });
    const [, signature] = token.split('.');
    const edited = Buffer.from(JSON.stringify({ ...grant, roles: ['excon'], kind: 'control' })).toString(
      'base64url',
    );
    expect(access.verify(`${edited}.${signature}`)).toEqual(NOT_SIGNED);
  });

  it('refuses a token of another exercise, signed with its own key', async () => {
    const ours = await opened({ seed: 0 });
    const theirs = await opened({ seed: 101 });
    const ourKey = (await onDisk(ours.folder)).content.key;
    expect((await onDisk(theirs.folder)).content.key).not.toBe(ourKey);
    const { token } = await theirs.access.join(codeOf(theirs.access, 'ms-a'), '10.0.0.1');
    expect(theirs.access.verify(token)).toMatchObject({ ok: true });
    expect(ours.access.verify(token)).toEqual(NOT_SIGNED);
  });

  it('refuses a grant signed with this key but naming another exercise or a station it never let in', async () => {
    const { access, folder } = await opened();
    const { grant } = await access.join(codeOf(access, 'ms-a'), '10.0.0.1');
    const { key } = (await onDisk(folder)).content;
    // The hand-made token is good as it stands (the oracle is sound)…
    expect(access.verify(handSigned(grant, key))).toMatchObject({ ok: true, grant });
    // …and refused with the exercise or the token id changed.
    expect(access.verify(handSigned({ ...grant, exerciseId: 'ex-2' }, key))).toEqual(NOT_OURS);
    expect(access.verify(handSigned({ ...grant, tokenId: 'tok-made-up' }, key))).toEqual(NOT_OURS);
  });

  it('refuses what is not a token, and a token longer than 2,000 characters', async () => {
    const { access, folder } = await opened();
    const { grant } = await access.join(codeOf(access, 'ms-a'), '10.0.0.1');
    const { key } = (await onDisk(folder)).content;
    const notToken = {
      ok: false,
      reason: 'this is not a station token of this host: join again with a code',
    };
    for (const text of ['', 'token', 'a.b.c', 'x'.repeat(100_000)])
      expect(access.verify(text)).toEqual(notToken);
    // Well signed and naming a live station, but padded past the cap.
    const padded = JSON.stringify(grant).padEnd(1_600, ' ');
    const body = Buffer.from(padded).toString('base64url');
    const long = `${body}.${createHmac('sha256', Buffer.from(key, 'base64url')).update(body).digest('base64url')}`;
    expect(long.length).toBeGreaterThan(2_000);
    expect(access.verify(long)).toEqual(notToken);
  });
});

describe('revoking a station', () => {
  it('refuses its token from then on, tells who listens, and leaves the other stations in', async () => {
    const { access, clock, folder } = await opened();
    const code = codeOf(access, 'ms-a');
    const first = await access.join(code, '10.0.0.1');
    const second = await access.join(code, '10.0.0.2');
    const told: string[][] = [];
    access.onRevoke((ids) => told.push(ids));
    clock.now += 5_000;
    const revoked = await access.revokeStation(first.grant.stationId);
    expect(revoked).toMatchObject({ stationId: first.grant.stationId, revokedWallMs: START + 5_000 });
    expect(told).toEqual([[first.grant.stationId]]);
    expect(access.verify(first.token)).toEqual(REVOKED);
    expect(access.verify(second.token)).toMatchObject({ ok: true });
    const disk = (await onDisk(folder)).content.stations;
    expect(disk.map((station) => station.revokedWallMs)).toEqual([START + 5_000, null]);
  });

  it('is done once: revoking it again changes nothing and tells nobody', async () => {
    const { access, clock } = await opened();
    const { grant } = await access.join(codeOf(access, 'ms-a'), '10.0.0.1');
    const told: string[][] = [];
    const stop = access.onRevoke((ids) => told.push(ids));
    await access.revokeStation(grant.stationId);
    clock.now += 60_000;
    expect(await access.revokeStation(grant.stationId)).toMatchObject({ revokedWallMs: START });
    expect(told).toHaveLength(1);
    stop();
    const other = await access.join(codeOf(access, 'ms-a'), '10.0.0.2');
    await access.revokeStation(other.grant.stationId);
    expect(told).toHaveLength(1);
    await expect(access.revokeStation('st-none')).rejects.toThrow('exercise ex-1 has no station st-none');
  });

  it('is not undone by revoking the code it joined with, nor does revoking the code revoke it', async () => {
    const { access } = await opened();
    const code = codeOf(access, 'ms-a');
    const station = await access.join(code, '10.0.0.1');
    await access.revokeCode(code.codeId);
    expect(access.verify(station.token)).toMatchObject({ ok: true });
    await access.revokeStation(station.grant.stationId);
    expect(access.verify(station.token)).toEqual(REVOKED);
  });
});

describe('an exercise’s access reopened from its folder', () => {
  it('is the same: codes, stations, revocations and key, and the file is not rewritten', async () => {
    const { access, folder } = await opened();
    const kept = await access.join(codeOf(access, 'ms-a'), '10.0.0.1');
    const cut = await access.join(codeOf(access, 'nac'), '10.0.0.2');
    await access.revokeStation(cut.grant.stationId);
    const replacement = await access.revokeCode(codeOf(access, 'observer').codeId);
    const control = await access.issueCode(['simcell'], 'control');
    const before = (await onDisk(folder)).text;

    // Other randomness: had a new key or new codes been made, they would differ.
    const again = await opened({ folder, seed: 200 });
    expect((await onDisk(folder)).text).toBe(before);
    expect(again.access.codes()).toEqual(access.codes());
    expect(again.access.findCode(replacement?.code ?? '')).toEqual(replacement);
    expect(again.access.findCode(control.code)).toEqual(control);
    expect(again.access.stations()).toEqual(access.stations());
    expect(again.access.verify(kept.token)).toMatchObject({ ok: true, grant: kept.grant });
    expect(again.access.verify(cut.token)).toEqual(REVOKED);
  });

  it('gives a standing code to a role added since, and keeps the others', async () => {
    const { access, folder } = await opened();
    const codes = access.codes();
    const more = new Map([...ROLES, ['press', { id: 'press', audience: 'observers' as const }]]);
    const again = await opened({ folder, roles: more, seed: 200 });
    expect(again.access.codes().slice(0, 4)).toEqual(codes);
    expect(again.access.codes().slice(4)).toMatchObject([
      { roles: ['press'], kind: 'observer', standing: true },
    ]);
    expect((await onDisk(folder)).content.codes).toHaveLength(5);
  });

  it('is refused when the file was damaged, with the file named', async () => {
    const { folder } = await opened();
    const { text } = await onDisk(folder);
    const file = path.join(folder, 'station-access.json');
    await writeFile(file, text.slice(0, text.length - 10));
    await expect(opened({ folder })).rejects.toThrow(`${file} is not JSON`);
  });
});

describe('the secrets of an exercise’s access', () => {
  it('are kept in its access file only: the folder holds nothing else, and no token is written', async () => {
    const { access, folder } = await opened();
    const station = await access.join(codeOf(access, 'ms-a'), '10.0.0.1');
    const control = await access.issueCode(['white-cell'], 'control');
    const fromConsole = await access.issueForConsole(['nac'], undefined, '127.0.0.1');
    await access.revokeStation(fromConsole.grant.stationId);

    expect(await readdir(folder)).toEqual(['station-access.json']);
    const { text, content } = await onDisk(folder);
    // The file holds the key and the codes…
    expect(content.key).toHaveLength(43);
    expect(text).toContain(content.key);
    expect(text).toContain(control.code);
    expect(text).toContain(station.grant.tokenId);
    // …but not the tokens themselves, nor their signatures: a stolen file copy does not replay them.
    for (const { token } of [station, fromConsole]) {
      const [body, signature] = token.split('.') as [string, string];
      expect(text).not.toContain(body);
      expect(text).not.toContain(signature);
    }
    // And what the module hands out to show (codes, stations) never carries the key.
    expect(JSON.stringify([access.codes(), access.stations()])).not.toContain(content.key);
  });
});

describe('changes to an exercise’s access', () => {
  it('are answered only once on disk: a change that cannot be written changes nothing', async () => {
    const { access, folder } = await opened();
    const codes = access.codes();
    await rm(folder, { recursive: true });
    await expect(access.issueCode(['white-cell'], 'control')).rejects.toThrow(/ENOENT/);
    await expect(access.join(codeOf(access, 'ms-a'), '10.0.0.1')).rejects.toThrow(/ENOENT/);
    await expect(access.revokeCode(codeOf(access, 'nac').codeId)).rejects.toThrow(/ENOENT/);
    expect(access.codes()).toEqual(codes);
    expect(access.stations()).toEqual([]);
    // The folder back, the next change is written whole.
    await mkdir(folder);
    const { token } = await access.join(codeOf(access, 'ms-a'), '10.0.0.1');
    expect(access.verify(token)).toMatchObject({ ok: true });
    expect((await onDisk(folder)).content.codes.map((code) => code.codeId)).toEqual(
      codes.map((code) => code.codeId),
    );
  });

  it('made at once are all kept, each on top of the one before', async () => {
    const { access, folder } = await opened();
    const code = codeOf(access, 'ms-a');
    const [first, second, asked, third] = await Promise.all([
      access.join(code, '10.0.0.1'),
      access.join(code, '10.0.0.2'),
      access.issueCode(['white-cell'], 'control'),
      access.join(code, '10.0.0.3'),
    ]);
    const { content } = await onDisk(folder);
    expect(content.stations.map((station) => station.stationId)).toEqual(
      [first, second, third].map(({ grant }) => grant.stationId),
    );
    expect(content.codes.map((entry) => entry.codeId)).toContain(asked.codeId);
  });

  it('refuses a code or a station its file could not read back, and the file stays readable', async () => {
    const { access, folder } = await opened();
    const before = await onDisk(folder);
    await expect(access.issueCode([], 'player')).rejects.toThrow(
      /^exercise ex-1: station access not changed: codes\.\d+\.roles: /,
    );
    await expect(access.issueForConsole([], 'player', '127.0.0.1')).rejects.toThrow(
      /station access not changed/,
    );
    expect(await onDisk(folder)).toEqual(before);
    const again = await opened({ folder });
    expect(again.access.codes()).toEqual(access.codes());
  });
});
