import type { ExerciseEvent } from '../ports/index';
import type { EngineLog } from './engine-log';
import type { EngineState } from './engine-state';
import type { LoadedContent } from './exercise-content';
import type { EngineRole } from './roles';
import {
  mechanismViews,
  openDecisions,
  stationDecisions,
  type ExerciseHeading,
  type OpenDecision,
  type StationEvent,
  type StationView,
} from './station-view';
import { canRoleSee } from './visibility';

interface RoleStream {
  /** The global seqs the role may see, in order. */
  seqs: number[];
  /** How many events of the log have been looked at for this stream. */
  scanned: number;
}

/**
 * Each role's stream (the events it may see, numbered in its own sequence: the global seq would reveal
 * hidden traffic) and what its station holds. A stream is built on first use by one pass over the log and
 * brought up to date when next asked for: opening a 100,000-event exercise then costs nothing for the fifty
 * roles nobody plays at a station.
 */
export class StationStreams {
  private readonly streams = new Map<string, RoleStream>();

  constructor(
    private readonly content: LoadedContent,
    private readonly roles: ReadonlyMap<string, EngineRole>,
    private readonly log: EngineLog,
    private readonly state: () => Readonly<EngineState>,
    /** `exercise.created`, when the log in memory does not begin with it (a quick open from a snapshot). */
    private readonly created: ExerciseEvent | undefined,
  ) {}

  /** How many events a role's stream holds (its last stream number). */
  streamLength(roleId: string): number {
    return this.roles.has(roleId) ? this.streamOf(roleId).length : 0;
  }

  /** What a role's station holds, from stream number `since` on. */
  stationView(roleId: string, since = 0): StationView {
    const role = this.roles.get(roleId);
    if (!role) throw new Error(`role ${roleId} is not in this exercise`);
    const stream = this.streamOf(roleId);
    const log = this.log.events;
    // Before the history is in, the log in memory starts after the opening snapshot.
    const offset = (log[0]?.seq ?? 1) - 1;
    const events: StationEvent[] = stream.slice(since).map((seq, index) => {
      const { seq: _global, ...rest } = log[seq - 1 - offset] as ExerciseEvent;
      return { ...rest, streamSeq: since + index + 1 };
    });
    const state = this.state();
    return {
      exerciseId: state.exerciseId,
      role: roleId,
      streamSeq: stream.length,
      events,
      mechanisms: mechanismViews(this.content, state, role),
      openDecisions: stationDecisions(this.content, state, role),
      clock: { status: state.clock.status, scenarioMs: state.lastScenarioMs },
      exercise: this.heading(),
    };
  }

  /** The exercise's name, marking and in-world start, from `exercise.created`. */
  heading(): ExerciseHeading {
    const created = (this.created?.payload ?? this.log.events[0]?.payload ?? {}) as {
      name?: string;
      exerciseMarking?: string;
    };
    const { scenario } = this.content;
    const state = this.state();
    return {
      name: created.name ?? state.exerciseId,
      marking: created.exerciseMarking ?? 'EXERCISE',
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      start: { date: scenario.start.date, timeZone: scenario.start.timeZone },
      noPlay: state.noPlay,
    };
  }

  /** The decisions a role may take now (its station's list). */
  openDecisions(roleId: string): OpenDecision[] {
    const role = this.roles.get(roleId);
    return role ? openDecisions(this.content, this.state(), role) : [];
  }

  /** Forget every stream: the log gained the history before its opening snapshot, which they lack. */
  reset(): void {
    this.streams.clear();
  }

  private streamOf(roleId: string): number[] {
    let stream = this.streams.get(roleId);
    if (!stream) {
      stream = { seqs: [], scanned: 0 };
      this.streams.set(roleId, stream);
    }
    const log = this.log.events;
    if (stream.scanned < log.length) {
      const role = this.roles.get(roleId) as EngineRole;
      for (let index = stream.scanned; index < log.length; index++) {
        const event = log[index] as ExerciseEvent;
        if (canRoleSee(this.content.playbook, role, event)) stream.seqs.push(event.seq);
      }
      stream.scanned = log.length;
    }
    return stream.seqs;
  }
}
