import {
  FoldFeed,
  InjectLog,
  ReadModelFeed,
  type ExerciseEngine,
  type ExerciseEvent,
  type ExerciseReadModels,
} from '../../core/index';

/** One feed per engine: every panel of the console reads the same read models. */
const feeds = new WeakMap<ExerciseEngine, ReadModelFeed>();
const injectFeeds = new WeakMap<ExerciseEngine, FoldFeed<InjectLog>>();

const asIs = (event: ExerciseEvent) => event;

/**
 * The exercise's read models (core/read-models), brought up to the engine's log: each call folds only the
 * events appended since the last one, and every panel shares them, so the Coordination tab, the Expected
 * actions, the board and the live metrics count from the same fold as metrics.json.
 */
export function readModelsOf(engine: ExerciseEngine): ExerciseReadModels {
  let feed = feeds.get(engine);
  if (!feed) feeds.set(engine, (feed = new ReadModelFeed(engine.content, asIs)));
  return feed.advance(engine.events);
}

/**
 * The inject log alone, for the MSEL: the console opens on the MSEL, and a long exercise's whole log arrives
 * after the first paint; folding only the inject log then costs a fraction of folding every read model,
 * which waits until a panel that needs them is opened.
 */
export function injectLogOf(engine: ExerciseEngine): InjectLog {
  let feed = injectFeeds.get(engine);
  if (!feed) injectFeeds.set(engine, (feed = new FoldFeed(() => new InjectLog(), asIs)));
  return feed.advance(engine.events);
}
