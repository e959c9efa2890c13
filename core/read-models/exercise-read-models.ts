import type { LoadedContent } from '../engine/index';
import type { ExerciseEvent } from '../ports/index';
import { EvaluationLog } from './evaluation-log';
import { ExchangeGraph } from './exchange-graph';
import { exerciseParties, type ExerciseParties } from './exercise-parties';
import { ExpectedActionLog } from './expected-action-log';
import { ImprovementPlan } from './improvement-plan';
import { InjectLog } from './inject-log';
import { MechanismHistory } from './mechanism-history';
import { StationLog } from './station-log';

/** Where a what-if branch left its origin: the origin's first `atSeq` events are the branch's own first ones. */
export interface BranchOrigin {
  originExerciseId: string;
  originName: string;
  atSeq: number;
  /** Scenario time at the branch point (the origin's event `atSeq`). */
  atScenarioMs: number;
  /** The branch's `exercise.branched` event: `atSeq + 1`. */
  branchedSeq: number;
  prefixSha256: string;
}

/** Where a branch left its origin, as a report or a comparison states it (without the hash and the event). */
export type BranchSummary = Pick<BranchOrigin, 'originExerciseId' | 'originName' | 'atSeq' | 'atScenarioMs'>;

export function branchSummary(branch: BranchOrigin | null): BranchSummary | null {
  if (!branch) return null;
  const { originExerciseId, originName, atSeq, atScenarioMs } = branch;
  return { originExerciseId, originName, atSeq, atScenarioMs };
}

/** What the log says about the exercise as a whole. */
export class ExerciseFacts {
  exerciseId = '';
  name = '';
  seed = 0;
  /** Events folded (a station's stream, or the whole log). */
  count = 0;
  firstWallMs = 0;
  lastScenarioMs = 0;
  lastWallMs = 0;
  ended = false;
  /** The event that ended it (ENDEX), or null: a what-if branch can start from any point before it. */
  endedSeq: number | null = null;
  /** Where a what-if branch left its origin (its `exercise.branched` event); null for an exercise of its own. */
  branch: BranchOrigin | null = null;
  /** Each event's place and scenario time, in log order: the review finds the event at a scenario time. */
  private readonly seqs: number[] = [];
  private readonly times: number[] = [];

  apply(event: ExerciseEvent): void {
    if (this.count === 0) {
      this.exerciseId = event.exerciseId;
      this.firstWallMs = event.wallMs;
    }
    this.count += 1;
    this.seqs.push(event.seq);
    // Scenario time never runs back in a log; kept non-decreasing here all the same, so halving stays sound.
    this.times.push(Math.max(event.scenarioMs, this.times.at(-1) ?? event.scenarioMs));
    this.lastScenarioMs = event.scenarioMs;
    this.lastWallMs = event.wallMs;
    if (event.type === 'exercise.created') {
      this.name = event.payload.name;
      this.seed = event.payload.seed;
    } else if (event.type === 'exercise.ended') {
      this.ended = true;
      this.endedSeq = event.seq;
    } else if (event.type === 'exercise.branched') {
      const { name, origin, atSeq, prefixSha256 } = event.payload;
      this.name = name;
      this.branch = {
        originExerciseId: origin.exerciseId,
        originName: origin.name,
        atSeq,
        atScenarioMs: event.scenarioMs,
        branchedSeq: event.seq,
        prefixSha256,
      };
    }
  }

  /**
   * The last event logged at or before a scenario time: what the log says "as of" that time. Null before the
   * first event.
   */
  lastAt(scenarioMs: number): { seq: number; scenarioMs: number } | null {
    let low = 0;
    let high = this.times.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.times[middle] as number) <= scenarioMs) low = middle + 1;
      else high = middle;
    }
    if (low === 0) return null;
    return { seq: this.seqs[low - 1] as number, scenarioMs: this.times[low - 1] as number };
  }
}

/**
 * Every read model of an exercise, fed the same events in the same order: the expected-action outcomes, the
 * inject log per recipient, the exchange graph, the mechanism history, the evaluation record and the improvement plan. Each is an
 * incremental fold, so the console feeds it live event by event and `report` streams a journal through it;
 * every figure on every screen and in metrics.json is derived from these, so they agree by construction.
 */
export class ExerciseReadModels {
  /** Who each role is (organisation, side) for every model and figure. */
  readonly parties: ExerciseParties;
  readonly facts = new ExerciseFacts();
  readonly expected = new ExpectedActionLog();
  readonly injects = new InjectLog();
  readonly exchange: ExchangeGraph;
  readonly history: MechanismHistory;
  readonly evaluation = new EvaluationLog();
  readonly plan = new ImprovementPlan();
  /** Who joined which role at which station (the report's overview). */
  readonly stations = new StationLog();

  constructor(readonly content: LoadedContent) {
    this.parties = exerciseParties(content);
    this.exchange = new ExchangeGraph(content, this.parties);
    this.history = new MechanismHistory(content);
  }

  apply(event: ExerciseEvent): void {
    this.facts.apply(event);
    this.expected.apply(event);
    this.injects.apply(event);
    this.exchange.apply(event);
    this.history.apply(event);
    this.evaluation.apply(event);
    this.plan.apply(event);
    this.stations.apply(event);
  }

  static of(events: Iterable<ExerciseEvent>, content: LoadedContent): ExerciseReadModels {
    const models = new ExerciseReadModels(content);
    for (const event of events) models.apply(event);
    return models;
  }
}

/** Anything folded one event at a time: each read model, and all of them together. */
export interface EventFold {
  apply(event: ExerciseEvent): void;
}

/**
 * A fold kept up to date with a log that only grows (the console's engine log, an evaluator's stream): each
 * `advance` folds only the entries appended since the last one. A log that no longer starts with the same
 * entry (the history read in after a quick open, another exercise) starts a fresh fold. `toEvent` turns an
 * entry of the log into the event the fold reads (a station's event numbers stand in for `seq`).
 */
export class FoldFeed<M extends EventFold, E extends object = ExerciseEvent> {
  private fold: M;
  private first: E | undefined;
  private seen = 0;

  constructor(
    private readonly create: () => M,
    private readonly toEvent: (entry: E) => ExerciseEvent,
  ) {
    this.fold = create();
  }

  advance(log: readonly E[]): M {
    if (log[0] !== this.first || log.length < this.seen) {
      this.fold = this.create();
      this.first = log[0];
      this.seen = 0;
    }
    for (; this.seen < log.length; this.seen += 1) this.fold.apply(this.toEvent(log[this.seen] as E));
    return this.fold;
  }
}

/** Every read model of an exercise, kept up to date with a growing log. */
export class ReadModelFeed<E extends object = ExerciseEvent> extends FoldFeed<ExerciseReadModels, E> {
  constructor(content: LoadedContent, toEvent: (entry: E) => ExerciseEvent) {
    super(() => new ExerciseReadModels(content), toEvent);
  }
}
