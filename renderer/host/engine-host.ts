import {
  errorMessage,
  ExerciseEngine,
  LiveAgents,
  LiveLoop,
  StationHub,
  type CommandInput,
  type CommandReply,
  type CommandType,
  type OpenChannel,
  type ExerciseView,
  type StationPresence,
} from '../../core/index';
import type { ExerciseRecord } from '../../core/index';
import { ExerciseCatalogue } from '../storage/index';
import { openBroadcastChannel } from '../transport/index';
import { startWorkerTicker, type StartTicker } from './ticker';
import { acquireEngineLock, type AcquireLock } from './engine-lock';
import { afterNextPaint } from './after-paint';
import { EngineView } from './engine-view';

export interface EngineHostDeps {
  catalogue: ExerciseCatalogue;
  openChannel: OpenChannel;
  now: () => number;
  startTicker: StartTicker;
  acquireLock: AcquireLock;
  newId: () => string;
  /** When a quickly opened exercise starts reading its earlier log: once the console is on screen. */
  afterFirstView: () => Promise<void>;
}

const defaultDeps = (): EngineHostDeps => ({
  catalogue: new ExerciseCatalogue(),
  openChannel: openBroadcastChannel,
  now: () => Date.now(),
  startTicker: startWorkerTicker,
  acquireLock: acquireEngineLock,
  newId: randomId,
  afterFirstView: afterNextPaint,
});

const READ_ONLY_POLL_MS = 1_000;

/**
 * The exercise's one authoritative engine, in the controller's tab (docs/architecture.md §1): it holds the
 * exercise's Web Lock, drives the clock, plays the auto roles, and serves the role stations. A second tab on
 * the same exercise gets no lock and opens read-only: it follows the log and can change nothing.
 */
export class EngineHost {
  private readonly listeners = new Set<() => void>();
  private readonly presenceListeners = new Set<() => void>();
  private presenceChanges = 0;
  private disposers: (() => void)[] = [];
  /** The live loop that drives the exercise; none in a read-only tab. */
  private loop: LiveLoop | null = null;
  private failure: string | null = null;
  private changes = 0;
  private settling: Promise<void> = Promise.resolve();

  private constructor(
    private current: ExerciseEngine,
    readonly readOnly: boolean,
    private readonly deps: EngineHostDeps,
    private readonly hub: StationHub | null,
    private readonly releaseLock: () => void,
  ) {}

  static async open(exerciseId: string, overrides: Partial<EngineHostDeps> = {}): Promise<EngineHost> {
    const deps = { ...defaultDeps(), ...overrides };
    const lock = await deps.acquireLock(`pbsim-engine/${exerciseId}`);
    const store = deps.catalogue.eventStore(exerciseId);
    if ((await store.lastSeq()) === 0) {
      lock.release();
      throw new Error(`no exercise ${exerciseId} is stored in this browser`);
    }
    // The console shows the state at once; the history before the latest snapshot follows in the
    // background, once the console is on screen.
    const engine = await ExerciseEngine.openQuickly(store, { historyAfter: deps.afterFirstView() });
    if (!lock.held) {
      const host = new EngineHost(engine, true, deps, null, lock.release);
      host.settling = Promise.allSettled([engine.whenHistoryLoaded()]).then(() => undefined);
      host.followReadOnly(exerciseId);
      return host;
    }
    // Not awaited: the console need not wait for this write to reach the disk. It is queued first, so
    // every tick and command comes after it; a failure shows on the console like any other.
    const resumed = engine.resumeAfterRestart(deps.now());
    const hub = new StationHub(engine, deps.openChannel, deps.now);
    const host = new EngineHost(engine, false, deps, hub, lock.release);
    resumed.catch((error: unknown) => host.fail(error));
    host.settling = Promise.allSettled([resumed, engine.whenHistoryLoaded()]).then(() => undefined);
    host.serve();
    return host;
  }

  /**
   * Resolves once opening is over: the whole log read and, after a reload, the restart recorded. A failure
   * on the way resolves it too, and shows in `error`.
   */
  whenSettled(): Promise<void> {
    return this.settling;
  }

  get engine(): ExerciseEngine {
    return this.current;
  }

  /**
   * What the console's screens read (they never see the engine): backed by the current engine, so it stays
   * valid when the read-only follower reopens the exercise. Commands go through `send`.
   */
  readonly view: ExerciseView = new EngineView(this);

  /** A storage failure the controller must see (the command that met it was not recorded). */
  get error(): string | null {
    return this.failure;
  }

  /** The controller has read the storage problem and dealt with it; a new failure shows again. */
  dismissError(): void {
    if (this.failure === null) return;
    this.failure = null;
    this.notify();
  }

  /** How much of a long log is still being read after opening; null once it is all in. */
  historyProgress(): { loaded: number; total: number } | null {
    return this.current.historyProgress();
  }

  /** Increases on every change: a cheap key for memoised projections. */
  get version(): number {
    return this.changes;
  }

  presence(): StationPresence[] {
    return this.hub?.presence() ?? [];
  }

  /** Called on every change of the exercise (events, errors); not on station heartbeats. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Called when a station arrives, beats or acts. Kept apart from `subscribe` so that heartbeats do not
   * recompute the console's projections of a long log.
   */
  subscribePresence(listener: () => void): () => void {
    this.presenceListeners.add(listener);
    return () => this.presenceListeners.delete(listener);
  }

  get presenceVersion(): number {
    return this.presenceChanges;
  }

  /** A command from the console, as EXCON (or as a control role playing `actingAs`). */
  async command<K extends CommandType>(
    type: K,
    payload: CommandInput<K>,
    options: { role?: string; actingAs?: string } = {},
  ): Promise<CommandReply> {
    const commandId = `console-${this.deps.newId()}`;
    if (this.readOnly)
      return {
        ok: false,
        commandId,
        code: 'not-allowed',
        reason: 'this tab is read-only: the exercise is controlled from another tab',
      };
    try {
      const reply = await this.current.execute(
        {
          commandId,
          type,
          issuedBy: { role: options.role ?? 'excon', station: 'console' },
          ...(options.actingAs ? { actingAs: options.actingAs } : {}),
          payload,
        },
        this.deps.now(),
      );
      await this.loop?.catchUp();
      return reply;
    } catch (error) {
      this.fail(error);
      throw error;
    }
  }

  /** `command` as EXCON, bound to this host: what the console's components send with. */
  readonly send = <K extends CommandType>(type: K, payload: CommandInput<K>): Promise<CommandReply> =>
    this.command(type, payload);

  close(): void {
    for (const dispose of this.disposers) dispose();
    this.disposers = [];
    this.releaseLock();
  }

  /** Drive the exercise with the live loop, and keep Home's record of it current. */
  private serve(): void {
    const engine = this.current;
    const record = (): Partial<ExerciseRecord> => ({
      status: engine.state.clock.status,
      eventCount: engine.events.length,
      lastEventWallMs: engine.events.at(-1)?.wallMs ?? 0,
    });
    const loop = new LiveLoop({
      engine,
      now: this.deps.now,
      ticker: this.deps.startTicker,
      players: new LiveAgents(engine, engine.state.seed),
      hub: this.hub,
      control: {
        issuedBy: { role: 'excon', station: 'console' },
        newCommandId: () => `console-${this.deps.newId()}`,
      },
      onError: (error) => this.fail(error),
    });
    const stopEngine = engine.subscribe((batch) => {
      this.notify();
      // An empty batch is a page of history read after opening: nothing for Home's list to record.
      if (batch.length > 0)
        void this.deps.catalogue.update(engine.state.exerciseId, record()).catch((error) => this.fail(error));
    });
    const stopPresence =
      this.hub?.onPresence(() => {
        this.presenceChanges += 1;
        for (const listener of this.presenceListeners) listener();
      }) ?? (() => undefined);
    this.loop = loop;
    loop.start();
    const onPageHide = () => this.close();
    globalThis.addEventListener?.('pagehide', onPageHide);
    this.disposers.push(
      () => loop.stop(),
      stopEngine,
      stopPresence,
      () => globalThis.removeEventListener?.('pagehide', onPageHide),
    );
  }

  private followReadOnly(exerciseId: string): void {
    const store = this.deps.catalogue.eventStore(exerciseId);
    let unsubscribe = this.current.subscribe(() => this.notify());
    const stop = this.deps.startTicker(() => {
      void (async () => {
        // One reading at a time: a long log's history finishes loading before the next reopen.
        if (this.current.historyProgress() !== null) return;
        if ((await store.lastSeq()) <= this.current.state.lastSeq) return;
        this.current = await ExerciseEngine.openQuickly(store);
        unsubscribe();
        unsubscribe = this.current.subscribe(() => this.notify());
        this.notify();
      })().catch((error) => this.fail(error));
    }, READ_ONLY_POLL_MS);
    this.disposers.push(stop, () => unsubscribe());
  }

  private fail(error: unknown): void {
    this.failure = errorMessage(error);
    this.notify();
  }

  private notify(): void {
    this.changes += 1;
    for (const listener of this.listeners) listener();
  }
}

/** A random id from `crypto.getRandomValues`, which plain-http LAN pages have too (docs/architecture.md §6). */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
