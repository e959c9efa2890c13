import { randomBytes } from 'node:crypto';
import {
  errorMessage,
  type JoinAnswer,
  type JoinCodeView,
  type StationAccessRecord,
  type StationAccessView,
  type StationGrantKind,
  type StationTokenRequest,
} from '../core/index';
import type { ExerciseHostApi, HostedExerciseApi } from './host-api';
import {
  AccessRegistry,
  JoinLimiter,
  type CodeRecord,
  type StationAccess,
  type StationGrant,
  type StationRecord,
} from './station-access/index';
import type { DoorAnswer, StationCheck, StationDoorApi } from './station-door-api';

export interface StationDoorOptions {
  host: ExerciseHostApi;
  /** The folder of an exercise, where its access file is kept beside its journal. */
  folderOf: (exerciseId: string) => string;
  now?: () => number;
  randomBytes?: (size: number) => Uint8Array;
  log?: (line: string) => void;
}

const refused = (status: DoorAnswer['status'], reason: string, retryAfterMs?: number): DoorAnswer => ({
  status,
  answer: { ok: false, reason, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) },
});

function granted(
  token: string,
  grant: { exerciseId: string; stationId: string; roles: string[]; kind: StationGrantKind },
): DoorAnswer {
  const answer: JoinAnswer = { ok: true, token, ...grant, roles: [...grant.roles] };
  return { status: 200, answer };
}

/**
 * The host's door for stations (station-door-api.ts) over the data folder: each exercise's codes and tokens
 * in its access file (station-access/), join attempts limited per address and per code, and every join,
 * revocation and new code recorded in the exercise's journal (without the code itself: a journal travels).
 */
export class StationDoor implements StationDoorApi {
  private readonly registry: AccessRegistry;
  private readonly limiter: JoinLimiter;
  private readonly now: () => number;
  private readonly revokedListeners = new Set<(exerciseId: string, stationIds: readonly string[]) => void>();
  private readonly changeListeners = new Set<(exerciseId: string) => void>();

  private constructor(private readonly options: StationDoorOptions) {
    this.now = options.now ?? Date.now;
    this.registry = new AccessRegistry({
      now: this.now,
      randomBytes: options.randomBytes ?? ((size) => randomBytes(size)),
    });
    this.limiter = new JoinLimiter({ now: this.now });
  }

  /** Learns the codes of every exercise in the catalogue, so a code works before its exercise is opened. */
  static async open(options: StationDoorOptions): Promise<StationDoor> {
    const door = new StationDoor(options);
    for (const record of await options.host.list()) {
      try {
        await door.registry.index(record.exerciseId, options.folderOf(record.exerciseId));
      } catch (error) {
        options.log?.(`${record.exerciseId}: its join codes were not read: ${errorMessage(error)}`);
      }
    }
    return door;
  }

  async join(code: string, address: string): Promise<DoorAnswer> {
    const allowed = this.limiter.check(address);
    if (!allowed.ok)
      return refused(
        429,
        `too many wrong codes from ${address}: try again in ${Math.ceil(allowed.retryAfterMs / 60_000)} min, or ask exercise control`,
        allowed.retryAfterMs,
      );
    const found = await this.registry.findByCode(code);
    if (!found) {
      this.limiter.failed(address);
      return refused(403, 'no exercise on this host has that code: check it with exercise control');
    }
    const codeAllowed = this.limiter.checkCode(found.code.codeId);
    if (!codeAllowed.ok)
      return refused(
        429,
        'this code has let in many stations in a few minutes: ask exercise control for your own code',
        codeAllowed.retryAfterMs,
      );
    const { access, hosted } = await this.accessOf(found.exerciseId);
    const { token, grant } = await access.join(found.code, address);
    this.limiter.succeeded(found.code.codeId);
    return this.joined(hosted, { token, grant }, found.code.codeId, address);
  }

  async issueForConsole(request: StationTokenRequest, address: string): Promise<DoorAnswer> {
    let opened;
    try {
      opened = await this.accessOf(request.exerciseId);
    } catch (error) {
      return refused(404, `exercise ${request.exerciseId}: ${errorMessage(error)}`);
    }
    const { access, hosted } = opened;
    let issued;
    try {
      issued = await access.issueForConsole(request.roles, request.kind, address);
    } catch (error) {
      return refused(400, errorMessage(error));
    }
    return this.joined(hosted, issued, null, address);
  }

  async verify(exerciseId: string, token: string): Promise<StationCheck> {
    let access;
    try {
      ({ access } = await this.accessOf(exerciseId));
    } catch (error) {
      return { ok: false, reason: `exercise ${exerciseId}: ${errorMessage(error)}` };
    }
    const checked = access.verify(token);
    if (!checked.ok) return { ok: false, reason: checked.reason };
    const { grant } = checked;
    return {
      ok: true,
      station: {
        exerciseId: grant.exerciseId,
        stationId: grant.stationId,
        roles: grant.roles,
        kind: grant.kind,
      },
    };
  }

  async view(
    exerciseId: string,
  ): Promise<{ codes: JoinCodeView[]; stations: Omit<StationAccessView, 'connections'>[] }> {
    const { access } = await this.accessOf(exerciseId);
    return {
      codes: access.codes().map(codeView),
      stations: access.stations().map(stationView),
    };
  }

  async issueCode(exerciseId: string, roles: readonly string[], kind: StationGrantKind): Promise<void> {
    const { access, hosted } = await this.accessOf(exerciseId);
    const code = await access.issueCode([...roles], kind);
    await this.record(hosted, {
      type: 'join-code.issued',
      payload: { codeId: code.codeId, roles: code.roles, kind: code.kind },
    });
    this.changed(exerciseId);
  }

  async revokeCode(exerciseId: string, codeId: string): Promise<void> {
    const { access, hosted } = await this.accessOf(exerciseId);
    const old = access.codes().find((code) => code.codeId === codeId);
    if (!old) throw new Error(`exercise ${exerciseId} has no live join code ${codeId}`);
    const replacement = await access.revokeCode(codeId);
    await this.record(hosted, {
      type: 'join-code.revoked',
      payload: { codeId, roles: old.roles, replacedBy: replacement?.codeId ?? null },
    });
    if (replacement)
      await this.record(hosted, {
        type: 'join-code.issued',
        payload: { codeId: replacement.codeId, roles: replacement.roles, kind: replacement.kind },
      });
    this.changed(exerciseId);
  }

  async revokeStation(exerciseId: string, stationId: string): Promise<void> {
    const { access, hosted } = await this.accessOf(exerciseId);
    const station = await access.revokeStation(stationId);
    for (const listener of this.revokedListeners) listener(exerciseId, [stationId]);
    await this.record(hosted, {
      type: 'station.revoked',
      payload: { station: stationId, roles: station.roles, reason: 'revoked by exercise control' },
    });
    this.changed(exerciseId);
  }

  onRevoked(listener: (exerciseId: string, stationIds: readonly string[]) => void): () => void {
    this.revokedListeners.add(listener);
    return () => this.revokedListeners.delete(listener);
  }

  onChange(listener: (exerciseId: string) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** The exercise open in the host (a station joining plays it), and its access file. */
  private async accessOf(exerciseId: string): Promise<{ access: StationAccess; hosted: HostedExerciseApi }> {
    const hosted = await this.options.host.open(exerciseId);
    const access = await this.registry.forExercise(
      exerciseId,
      this.options.folderOf(exerciseId),
      hosted.roles,
    );
    return { access, hosted };
  }

  /**
   * Into the journal, for the report. A journal that cannot take it (read-only, a failed write) does not keep a
   * station out: the exercise's problem already tells the controller, and the access file holds the join.
   */
  /** A station given its token: recorded in the journal (with a code, or by the console), consoles told. */
  private async joined(
    hosted: HostedExerciseApi,
    { token, grant }: { token: string; grant: StationGrant },
    codeId: string | null,
    address: string,
  ): Promise<DoorAnswer> {
    await this.record(hosted, {
      type: 'station.joined',
      payload: {
        station: grant.stationId,
        roles: grant.roles,
        kind: grant.kind,
        via: codeId === null ? 'console' : 'code',
        codeId,
        address,
      },
    });
    this.changed(grant.exerciseId);
    return granted(token, grant);
  }

  private async record(hosted: HostedExerciseApi, record: StationAccessRecord): Promise<void> {
    try {
      await hosted.recordStationAccess(record);
    } catch (error) {
      this.options.log?.(`${hosted.exerciseId}: ${record.type} not recorded: ${errorMessage(error)}`);
    }
  }

  private changed(exerciseId: string): void {
    for (const listener of this.changeListeners) listener(exerciseId);
  }
}

function codeView(code: CodeRecord): JoinCodeView {
  return {
    codeId: code.codeId,
    code: code.code,
    roles: [...code.roles],
    kind: code.kind,
    issuedWallMs: code.issuedWallMs,
  };
}

function stationView(station: StationRecord): Omit<StationAccessView, 'connections'> {
  return {
    stationId: station.stationId,
    roles: [...station.roles],
    kind: station.kind,
    via: station.codeId === null ? 'console' : 'code',
    address: station.address,
    issuedWallMs: station.issuedWallMs,
    revokedWallMs: station.revokedWallMs,
  };
}
