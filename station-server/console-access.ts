import { errorMessage, type ConsoleMessage, type ConsoleRequest } from '../core/index';
import type { ConsoleServices } from './console-services';

type AccessRequest = Extract<
  ConsoleRequest,
  { kind: 'lan' | 'code-issue' | 'code-revoke' | 'station-revoke' }
>;

const ACCESS_KINDS: ReadonlySet<string> = new Set(['lan', 'code-issue', 'code-revoke', 'station-revoke']);

export function isAccessRequest(request: ConsoleRequest): request is AccessRequest {
  return ACCESS_KINDS.has(request.kind);
}

/**
 * The console's side of station access (issue 20 §1), for one welcomed console socket: the LAN listeners'
 * status on welcome and on every change; for each exercise it follows, the live join codes and the stations
 * with their sockets, sent again whenever one changes; and the controller's requests (LAN on or off, a new
 * code, a revocation).
 */
export class ConsoleAccess {
  private readonly followed = new Set<string>();
  private readonly stops: (() => void)[];
  /** Exercises whose access is to be sent again, coalesced: a burst of joins is one message. */
  private readonly due = new Set<string>();
  private flushing = false;

  constructor(
    private readonly services: ConsoleServices,
    private readonly send: (message: ConsoleMessage) => void,
  ) {
    const changed = (exerciseId: string) => {
      if (this.followed.has(exerciseId)) this.schedule(exerciseId);
    };
    this.stops = [
      services.lan.onChange((lan) => this.send({ kind: 'lan', requestId: null, lan })),
      services.door.onChange(changed),
      services.connections.onChange(changed),
    ];
    this.send({ kind: 'lan', requestId: null, lan: services.lan.status() });
  }

  follow(exerciseId: string): void {
    this.followed.add(exerciseId);
    this.schedule(exerciseId);
  }

  unfollow(exerciseId: string): void {
    this.followed.delete(exerciseId);
  }

  close(): void {
    for (const stop of this.stops) stop();
    this.followed.clear();
  }

  async handle(request: AccessRequest): Promise<void> {
    const { door, lan } = this.services;
    const { requestId } = request;
    try {
      switch (request.kind) {
        case 'lan':
          return this.send({ kind: 'lan', requestId, lan: await lan.set(request.on) });
        case 'code-issue':
          await door.issueCode(request.exerciseId, request.roles, request.grant);
          break;
        case 'code-revoke':
          await door.revokeCode(request.exerciseId, request.codeId);
          break;
        case 'station-revoke':
          await door.revokeStation(request.exerciseId, request.stationId);
          break;
      }
      this.send({ kind: 'access-done', requestId });
    } catch (error) {
      this.send({ kind: 'failed', requestId, reason: errorMessage(error) });
    }
  }

  private schedule(exerciseId: string): void {
    this.due.add(exerciseId);
    if (this.flushing) return;
    this.flushing = true;
    queueMicrotask(() => void this.flush());
  }

  private async flush(): Promise<void> {
    while (this.due.size > 0) {
      const [exerciseId] = this.due as Iterable<string> as [string];
      this.due.delete(exerciseId);
      if (!this.followed.has(exerciseId)) continue;
      try {
        await this.sendAccess(exerciseId);
      } catch {
        // An exercise without access yet (not found, damaged): the console shows what it has.
      }
    }
    this.flushing = false;
  }

  private async sendAccess(exerciseId: string): Promise<void> {
    const { codes, stations } = await this.services.door.view(exerciseId);
    if (!this.followed.has(exerciseId)) return;
    const sockets = this.services.connections.of(exerciseId);
    this.send({
      kind: 'access',
      exerciseId,
      codes,
      stations: stations.map((station) => ({
        ...station,
        connections: sockets.get(station.stationId) ?? [],
      })),
    });
  }
}
