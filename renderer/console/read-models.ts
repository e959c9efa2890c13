import {
  FoldFeed,
  InjectLog,
  ReadModelFeed,
  type EventFold,
  type ExerciseEngine,
  type ExerciseEvent,
  type ExerciseReadModels,
} from '../../core/index';

const asIs = (event: ExerciseEvent) => event;

/** A fold of the engine's log, one per engine, brought up to the log on every call. */
function perEngine<M extends EventFold>(create: (engine: ExerciseEngine) => FoldFeed<M>) {
  const feeds = new WeakMap<ExerciseEngine, FoldFeed<M>>();
  return (engine: ExerciseEngine): M => {
    let feed = feeds.get(engine);
    if (!feed) feeds.set(engine, (feed = create(engine)));
    return feed.advance(engine.events);
  };
}

/**
 * The exercise's read models (core/read-models), brought up to the engine's log: each call folds only the
 * events appended since the last one, and every panel shares them, so the Coordination tab, the Expected
 * actions, the board and the live metrics count from the same fold as metrics.json.
 */
export const readModelsOf: (engine: ExerciseEngine) => ExerciseReadModels = perEngine(
  (engine) => new ReadModelFeed(engine.content, asIs),
);

/**
 * The inject log alone, for the MSEL: the console opens on the MSEL, and a long exercise's whole log arrives
 * after the first paint; folding only the inject log then costs a fraction of folding every read model,
 * which waits until a panel that needs them is opened.
 */
export const injectLogOf: (engine: ExerciseEngine) => InjectLog = perEngine(
  () => new FoldFeed(() => new InjectLog(), asIs),
);
