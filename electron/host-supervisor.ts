import { errorMessage, type DesktopHostStatus, type LanStatus } from '../core/index';
import { FromHost, type ToHost } from './host-messages';

/** Electron's UtilityProcess, as far as the supervisor uses it (tests give a stand-in). */
export interface HostChild {
  postMessage(message: ToHost): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export interface HostSupervisorOptions {
  /** Starts a host process (`utilityProcess.fork` of the bundled host entry). */
  fork: () => HostChild;
  /** The host is ready at `origin`; `previous` is where it was before a restart (null the first time). */
  onReady: (origin: string, previous: string | null) => void;
  /** Something the controller must be told: a crash, a failure to start, giving up. */
  onProblem: (problem: string) => void;
  log: (line: string) => void;
  schedule?: (run: () => void, ms: number) => void;
  now?: () => number;
  /** How long a host asked to stop may take to flush its journals before it is killed. */
  stopWithinMs?: number;
}

/** The first restart after a crash waits half a second, then twice as long each time, at most 10 s. */
export const RESTART_FIRST_MS = 500;
export const RESTART_MAX_MS = 10_000;
/** A host that crashes this often within CRASH_WINDOW_MS is not restarted again by itself. */
export const MOST_CRASHES = 5;
export const CRASH_WINDOW_MS = 60_000;

/**
 * Runs the exercise host in its own process and keeps it running (ADR 0008): a host that stops unexpectedly
 * is reported and started again, waiting longer after each crash, and left stopped after MOST_CRASHES in a
 * minute (a host that cannot start would otherwise spin). The journal is the record, so a restarted host
 * reopens every exercise where its journal ends; the windows reconnect by themselves.
 */
export class HostSupervisor {
  private child: HostChild | null = null;
  private origin: string | null = null;
  private lastOrigin: string | null = null;
  private restarts = 0;
  private problem: string | null = null;
  /** What the running process said when it failed to start: the reason for its exit. */
  private failure: string | null = null;
  private crashes: number[] = [];
  private stopping: Promise<void> | null = null;
  private readonly readyWaiters: ((origin: string) => void)[] = [];
  private readonly lanRequests = new Map<
    number,
    { resolve: (lan: LanStatus) => void; reject: (error: Error) => void }
  >();
  private nextRequest = 1;
  private readonly schedule: (run: () => void, ms: number) => void;
  private readonly now: () => number;

  constructor(private readonly options: HostSupervisorOptions) {
    this.schedule = options.schedule ?? ((run, ms) => void setTimeout(run, ms));
    this.now = options.now ?? Date.now;
  }

  /** Starts the host; resolves with its origin once it is ready. */
  start(): Promise<string> {
    const ready = new Promise<string>((resolve) => this.readyWaiters.push(resolve));
    if (this.child === null) this.spawn();
    return ready;
  }

  status(): DesktopHostStatus {
    return { origin: this.origin, restarts: this.restarts, problem: this.problem };
  }

  setLan(on: boolean): Promise<LanStatus> {
    const child = this.child;
    if (child === null || this.origin === null)
      return Promise.reject(new Error('the exercise host is not running: LAN mode cannot change now'));
    const requestId = this.nextRequest++;
    return new Promise<LanStatus>((resolve, reject) => {
      this.lanRequests.set(requestId, { resolve, reject });
      child.postMessage({ kind: 'lan', requestId, on });
    });
  }

  /** Stops the host (journals flushed) and starts it again; the crash count starts afresh. */
  async restart(): Promise<DesktopHostStatus> {
    await this.stop();
    this.stopping = null;
    this.crashes = [];
    this.problem = null;
    await this.start();
    return this.status();
  }

  /** Asks the host to stop and waits for it; a host that does not stop in time is killed. */
  stop(): Promise<void> {
    return (this.stopping ??= new Promise<void>((resolve) => {
      const child = this.child;
      if (child === null) return resolve();
      child.on('exit', () => resolve());
      child.postMessage({ kind: 'stop' });
      this.schedule(() => {
        if (this.child === child) {
          this.options.log('the exercise host did not stop in time: killed');
          child.kill();
        }
      }, this.options.stopWithinMs ?? 15_000);
    }));
  }

  private spawn(): void {
    let child: HostChild;
    try {
      child = this.options.fork();
    } catch (error) {
      return this.crashed(`the exercise host could not be started: ${errorMessage(error)}`);
    }
    this.child = child;
    this.failure = null;
    child.on('message', (raw) => this.heard(child, raw));
    child.on('exit', (code) => this.exited(child, code));
  }

  private heard(child: HostChild, raw: unknown): void {
    if (child !== this.child) return;
    const message = FromHost.safeParse(raw);
    if (!message.success)
      return this.options.log(`a message from the host was not understood: ${message.error.message}`);
    const said = message.data;
    switch (said.kind) {
      case 'log':
        return this.options.log(said.line);
      case 'failed':
        this.failure = said.reason;
        return;
      case 'lan': {
        const request = this.lanRequests.get(said.requestId);
        this.lanRequests.delete(said.requestId);
        return request?.resolve(said.lan);
      }
      case 'ready': {
        this.origin = said.origin;
        const previous = this.lastOrigin;
        this.lastOrigin = said.origin;
        this.options.log(`exercise host ready at ${said.origin} (data folder ${said.dataFolder})`);
        this.options.onReady(said.origin, previous);
        for (const resolve of this.readyWaiters.splice(0)) resolve(said.origin);
      }
    }
  }

  private exited(child: HostChild, code: number): void {
    if (child !== this.child) return;
    this.child = null;
    this.origin = null;
    for (const request of this.lanRequests.values()) request.reject(new Error('the exercise host stopped'));
    this.lanRequests.clear();
    if (this.stopping) return;
    this.crashed(this.failure ?? `the exercise host stopped unexpectedly (exit code ${code})`);
  }

  private crashed(reason: string): void {
    const now = this.now();
    this.crashes = [...this.crashes.filter((at) => now - at < CRASH_WINDOW_MS), now];
    if (this.crashes.length >= MOST_CRASHES) {
      this.problem = `${reason}; it stopped ${this.crashes.length} times within a minute and was not started again: restart it from the Exercise menu`;
      return this.options.onProblem(this.problem);
    }
    const waitMs = Math.min(RESTART_FIRST_MS * 2 ** (this.crashes.length - 1), RESTART_MAX_MS);
    this.problem = `${reason}; restarting it`;
    this.options.onProblem(this.problem);
    this.schedule(() => {
      if (this.child !== null || this.stopping) return;
      this.restarts += 1;
      this.spawn();
    }, waitMs);
  }
}
