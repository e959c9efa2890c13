import { newJoinCode, type StationGrantKind } from '../../core/index';
import {
  AccessFileContent,
  readAccessFile,
  writeAccessFile,
  type CodeRecord,
  type StationRecord,
} from './access-file';
import { signStationToken, verifyStationToken, type StationGrant } from './station-tokens';

/** What the door knows of a role: its audience decides which kind of station may play it. */
export interface AccessRole {
  id: string;
  audience: 'players' | 'control' | 'evaluation' | 'observers';
}

export interface StationAccessDeps {
  now: () => number;
  randomBytes: (size: number) => Uint8Array;
  /** 14 days by default: an exercise runs over days, and revocation, not expiry, is the controller's tool. */
  tokenLifetimeMs?: number;
}

export const TOKEN_LIFETIME_MS = 14 * 24 * 3_600_000;

const KIND_OF_AUDIENCE: Record<AccessRole['audience'], StationGrantKind> = {
  players: 'player',
  control: 'control',
  evaluation: 'evaluator',
  observers: 'observer',
};

export type AccessCheck =
  { ok: true; grant: StationGrant; station: StationRecord } | { ok: false; reason: string };

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/**
 * One exercise's join codes and station tokens (ADR 0007), kept in its access file: every change is on disk
 * before it is answered. Each role of the players', evaluation and observers audiences has a standing code; a
 * control role has one only when the controller asks.
 */
export class StationAccess {
  private readonly revokeListeners = new Set<(stationIds: string[]) => void>();
  private writing: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly folder: string,
    readonly exerciseId: string,
    private readonly roles: ReadonlyMap<string, AccessRole>,
    private readonly deps: StationAccessDeps,
    private content: AccessFileContent,
  ) {}

  static async open(
    folder: string,
    exercise: { exerciseId: string; roles: ReadonlyMap<string, AccessRole> },
    deps: StationAccessDeps,
  ): Promise<StationAccess> {
    const stored = await readAccessFile(folder);
    const content = stored ?? {
      v: 1 as const,
      key: Buffer.from(deps.randomBytes(32)).toString('base64url'),
      codes: [],
      stations: [],
    };
    const access = new StationAccess(folder, exercise.exerciseId, exercise.roles, deps, content);
    await access.standingCodes(stored === null);
    return access;
  }

  /** The live codes, oldest first. */
  codes(): CodeRecord[] {
    return this.content.codes.filter((code) => code.revokedWallMs === null);
  }

  stations(): StationRecord[] {
    return [...this.content.stations];
  }

  findCode(code: string): CodeRecord | null {
    return this.codes().find((entry) => entry.code === code) ?? null;
  }

  /** A new station for a live code (the caller found it and limited the attempts). */
  join(code: CodeRecord, address: string): Promise<{ token: string; grant: StationGrant }> {
    return this.issue(code.roles, code.kind, code.codeId, address);
  }

  /**
   * A window the console opened on the host laptop: its roles, of one audience, and the kind that plays it
   * (absent: the kind of the first role's audience, which the others must share).
   */
  issueForConsole(roles: readonly string[], kind: StationGrantKind | undefined, address: string) {
    const first = this.roles.get(roles[0] ?? '');
    const chosen = kind ?? (first ? KIND_OF_AUDIENCE[first.audience] : 'player');
    this.checkRoles(roles, chosen);
    return this.issue([...roles], chosen, null, address);
  }

  /** A code the controller asked for: another for a role, or a control station's (the explicit choice). */
  async issueCode(roles: readonly string[], kind: StationGrantKind): Promise<CodeRecord> {
    // The clock, NO PLAY and ENDEX are EXCON's, and EXCON is the console on the host laptop: never a code.
    if (roles.includes('excon'))
      throw new Error(
        'EXCON stays at the console: a control station plays another control role (SimCell, white cell)',
      );
    this.checkRoles(roles, kind);
    const code = this.newCode([...roles], kind, false);
    await this.change((content) => ({ ...content, codes: [...content.codes, code] }));
    return code;
  }

  /** Revokes a code; a role's standing code is replaced by a new one, which is returned. */
  async revokeCode(codeId: string): Promise<CodeRecord | null> {
    const old = this.codes().find((code) => code.codeId === codeId);
    if (!old) throw new Error(`exercise ${this.exerciseId} has no live join code ${codeId}`);
    const replacement = old.standing ? this.newCode(old.roles, old.kind, true) : null;
    const now = this.deps.now();
    await this.change((content) => ({
      ...content,
      codes: [
        ...content.codes.map((code) => (code.codeId === codeId ? { ...code, revokedWallMs: now } : code)),
        ...(replacement ? [replacement] : []),
      ],
    }));
    return replacement;
  }

  async revokeStation(stationId: string): Promise<StationRecord> {
    const station = this.content.stations.find((entry) => entry.stationId === stationId);
    if (!station) throw new Error(`exercise ${this.exerciseId} has no station ${stationId}`);
    if (station.revokedWallMs !== null) return station;
    const now = this.deps.now();
    await this.change((content) => ({
      ...content,
      stations: content.stations.map((entry) =>
        entry.stationId === stationId ? { ...entry, revokedWallMs: now } : entry,
      ),
    }));
    for (const listener of this.revokeListeners) listener([stationId]);
    return { ...station, revokedWallMs: now };
  }

  /** A token presented for this exercise: signed with its key, not expired, known here and not revoked. */
  verify(token: string): AccessCheck {
    const checked = verifyStationToken(token, Buffer.from(this.content.key, 'base64url'), this.deps.now());
    if (!checked.ok) return checked;
    const { grant } = checked;
    const station = this.content.stations.find((entry) => entry.tokenId === grant.tokenId);
    if (grant.exerciseId !== this.exerciseId || !station)
      return { ok: false, reason: 'the station token is not one of this exercise: join again with a code' };
    if (station.revokedWallMs !== null)
      return {
        ok: false,
        reason: 'exercise control revoked this station: ask for a new code to join again',
      };
    return { ok: true, grant, station };
  }

  onRevoke(listener: (stationIds: string[]) => void): () => void {
    this.revokeListeners.add(listener);
    return () => this.revokeListeners.delete(listener);
  }

  /** Every role that stations play by default has a live standing code; written when anything was added. */
  private async standingCodes(isNew: boolean): Promise<void> {
    const added: CodeRecord[] = [];
    for (const role of this.roles.values()) {
      if (role.audience === 'control') continue;
      const live = this.codes().some(
        (code) => code.standing && code.roles.length === 1 && code.roles[0] === role.id,
      );
      if (!live) added.push(this.newCode([role.id], KIND_OF_AUDIENCE[role.audience], true));
    }
    if (added.length > 0 || isNew)
      await this.change((content) => ({ ...content, codes: [...content.codes, ...added] }));
  }

  private checkRoles(roles: readonly string[], kind: StationGrantKind): void {
    for (const role of roles) {
      const known = this.roles.get(role);
      if (!known) throw new Error(`exercise ${this.exerciseId} has no role ${role}`);
      const needed = KIND_OF_AUDIENCE[known.audience];
      if (needed !== kind) throw new Error(`${role} is played by a ${needed} station, not a ${kind} one`);
    }
    if (new Set(roles).size !== roles.length) throw new Error(`a role is named twice in ${roles.join(', ')}`);
  }

  private newCode(roles: string[], kind: StationGrantKind, standing: boolean): CodeRecord {
    const taken = new Set(this.content.codes.map((code) => code.code));
    let code = newJoinCode(this.deps.randomBytes);
    while (taken.has(code)) code = newJoinCode(this.deps.randomBytes);
    return {
      codeId: `code-${hex(this.deps.randomBytes(4))}`,
      code,
      roles: [...roles].sort(),
      kind,
      standing,
      issuedWallMs: this.deps.now(),
      revokedWallMs: null,
    };
  }

  private async issue(roles: string[], kind: StationGrantKind, codeId: string | null, address: string) {
    const now = this.deps.now();
    const grant: StationGrant = {
      v: 1,
      exerciseId: this.exerciseId,
      tokenId: `tok-${hex(this.deps.randomBytes(8))}`,
      stationId: `st-${hex(this.deps.randomBytes(4))}`,
      roles: [...roles].sort(),
      kind,
      issuedWallMs: now,
      expiresWallMs: now + (this.deps.tokenLifetimeMs ?? TOKEN_LIFETIME_MS),
    };
    const station: StationRecord = {
      tokenId: grant.tokenId,
      stationId: grant.stationId,
      roles: grant.roles,
      kind,
      codeId,
      address: address.slice(0, 100),
      issuedWallMs: now,
      expiresWallMs: grant.expiresWallMs,
      revokedWallMs: null,
    };
    await this.change((content) => ({ ...content, stations: [...content.stations, station] }));
    return { token: signStationToken(grant, Buffer.from(this.content.key, 'base64url')), grant };
  }

  /**
   * One change at a time, on disk before it counts; checked against the file's format first, so a record the
   * file could not read back (a role id too long, no roles) is refused and the file stays readable.
   */
  private change(next: (content: AccessFileContent) => AccessFileContent): Promise<void> {
    const run = this.writing.then(async () => {
      const checked = AccessFileContent.safeParse(next(this.content));
      if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new Error(
          `exercise ${this.exerciseId}: station access not changed: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
        );
      }
      const content = checked.data;
      await writeAccessFile(this.folder, content);
      this.content = content;
    });
    this.writing = run.catch(() => undefined);
    return run;
  }
}
