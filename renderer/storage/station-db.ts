import type { DexieOptions, Table } from 'dexie';
import type {
  ExerciseHeading,
  MechanismView,
  PendingCommand,
  StationDecision,
  StationEvent,
  StationRoster,
  StationStorage,
} from '../../core/index';
import { BlockableDatabase, guardStorage } from './storage-error';

/** A received event under the role whose stream it came in (an intersection: `StationEvent` is a union). */
type StoredStationEvent = StationEvent & { role: string };

interface StoredStationState {
  exerciseId: string;
  role: string;
  mechanisms: MechanismView[];
  openDecisions: StationDecision[];
  pending: PendingCommand[];
  heading?: ExerciseHeading | null;
  /** Items the participant has opened, by stream number (local reading state, not an engine fact). */
  opened: number[];
}

interface StoredRoster {
  exerciseId: string;
  role: string;
  roster: StationRoster;
}

/**
 * A station's own database (docs/architecture.md §6): only what reached the station over its channel, never the
 * engine's log. A separate IndexedDB database, so a station tab cannot read the controller's events.
 */
export class StationDatabase extends BlockableDatabase {
  declare readonly items: Table<StoredStationEvent, [string, string, number]>;
  declare readonly states: Table<StoredStationState, [string, string]>;
  declare readonly rosters: Table<StoredRoster, [string, string]>;

  constructor(name = 'pbsim-stations', options: DexieOptions = {}) {
    // 'relaxed', like the console's copy: the record is the host's journal, and a station whose last writes a
    // crash lost says hello with what it holds and is sent the rest.
    super(name, { chromeTransactionDurability: 'relaxed', ...options });
    // Keep every version's declaration once a later one exists: stations may still have any of them on disk.
    this.version(1).stores({
      items: '[exerciseId+role+streamSeq]',
      states: '[exerciseId+role]',
    });
    // 2: the roster the host sends on each hello (the titles, recipients and markings the station words
    // things with), in its own table: it changes once per hello, the state on every push. Open decisions
    // now carry their consequences, worded by the host; those stored without them are dropped, and the
    // host sends the list again on the next hello.
    this.version(2)
      .stores({
        items: '[exerciseId+role+streamSeq]',
        states: '[exerciseId+role]',
        rosters: '[exerciseId+role]',
      })
      .upgrade((transaction) =>
        transaction
          .table<StoredStationState>('states')
          .toCollection()
          .modify((state) => {
            state.openDecisions = state.openDecisions.filter((decision) => 'consequences' in decision);
          }),
      );
  }
}

/** One role's storage in the station database, as the station client needs it. */
export class DexieStationStorage implements StationStorage {
  constructor(
    private readonly db: StationDatabase,
    private readonly exerciseId: string,
    private readonly role: string,
  ) {}

  private guard<T>(operation: string, body: () => Promise<T>): Promise<T> {
    return guardStorage(`${operation} for role "${this.role}" in IndexedDB "${this.db.name}"`, this.db, body);
  }

  async load() {
    const [events, state, roster] = await this.guard('Reading the station', () =>
      Promise.all([
        this.db.items
          .where('[exerciseId+role+streamSeq]')
          .between([this.exerciseId, this.role, -Infinity], [this.exerciseId, this.role, Infinity])
          .toArray(),
        this.db.states.get([this.exerciseId, this.role]),
        this.db.rosters.get([this.exerciseId, this.role]),
      ]),
    );
    if (!state && events.length === 0 && !roster) return null;
    return {
      events: events.map(({ role: _role, ...event }) => event),
      mechanisms: state?.mechanisms ?? [],
      openDecisions: state?.openDecisions ?? [],
      pending: state?.pending ?? [],
      heading: state?.heading ?? null,
      roster: roster?.roster ?? null,
    };
  }

  async saveRoster(roster: StationRoster): Promise<void> {
    await this.guard('Saving the roster from the host', () =>
      this.db.rosters.put({ exerciseId: this.exerciseId, role: this.role, roster }),
    );
  }

  async save(update: Parameters<StationStorage['save']>[0]): Promise<void> {
    await this.guard('Saving what the station received', () =>
      this.db.transaction('rw', this.db.items, this.db.states, async () => {
        if (update.newEvents.length > 0)
          await this.db.items.bulkPut(update.newEvents.map((event) => ({ ...event, role: this.role })));
        const previous = await this.db.states.get([this.exerciseId, this.role]);
        await this.db.states.put({
          exerciseId: this.exerciseId,
          role: this.role,
          mechanisms: [...update.mechanisms],
          openDecisions: [...update.openDecisions],
          pending: [...update.pending],
          heading: update.heading,
          opened: previous?.opened ?? [],
        });
      }),
    );
  }

  /** Everything kept for this role in this exercise: its items, its state (what was opened too), its roster. */
  async clear(): Promise<void> {
    await this.guard('Clearing the station’s copy', () =>
      this.db.transaction('rw', this.db.items, this.db.states, this.db.rosters, async () => {
        await this.db.items
          .where('[exerciseId+role+streamSeq]')
          .between([this.exerciseId, this.role, -Infinity], [this.exerciseId, this.role, Infinity])
          .delete();
        await this.db.states.delete([this.exerciseId, this.role]);
        await this.db.rosters.delete([this.exerciseId, this.role]);
      }),
    );
  }

  async opened(): Promise<number[]> {
    const state = await this.guard('Reading what was opened', () =>
      this.db.states.get([this.exerciseId, this.role]),
    );
    return state?.opened ?? [];
  }

  async markOpened(streamSeq: number): Promise<void> {
    await this.guard('Marking an item read', () =>
      this.db.transaction('rw', this.db.states, async () => {
        const state = await this.db.states.get([this.exerciseId, this.role]);
        if (!state || state.opened.includes(streamSeq)) return;
        await this.db.states.put({ ...state, opened: [...state.opened, streamSeq] });
      }),
    );
  }
}
