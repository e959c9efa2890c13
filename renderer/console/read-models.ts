import {
  FoldFeed,
  InjectLog,
  ReadModelFeed,
  type EventFold,
  type ExerciseEvent,
  type ExerciseReadModels,
  type ExerciseView,
  type LoadedContent,
} from '../../core/index';

const asIs = (event: ExerciseEvent) => event;

/** What a projection of the log reads: the documents it was started with and the log itself. */
type LogSource = Pick<ExerciseView, 'content' | 'events'>;

/**
 * A fold of the view's log, brought up to the log on every call. One per exercise content: the content is
 * loaded once per engine (or copy of the log), so a reopened engine starts a fresh fold with its own
 * documents, while the same engine's growing log is folded only from where the last call stopped.
 */
function perContent<M extends EventFold>(create: (content: LoadedContent) => FoldFeed<M>) {
  const feeds = new WeakMap<LoadedContent, FoldFeed<M>>();
  return (view: LogSource): M => {
    let feed = feeds.get(view.content);
    if (!feed) feeds.set(view.content, (feed = create(view.content)));
    return feed.advance(view.events);
  };
}

/**
 * The exercise's read models (core/read-models), brought up to the view's log: each call folds only the
 * events appended since the last one, and every panel shares them, so the Coordination tab, the Expected
 * actions, the board and the live metrics count from the same fold as metrics.json.
 */
export const readModelsOf: (view: LogSource) => ExerciseReadModels = perContent(
  (content) => new ReadModelFeed(content, asIs),
);

/**
 * The inject log alone, for the MSEL: the console opens on the MSEL, and a long exercise's whole log arrives
 * after the first paint; folding only the inject log then costs a fraction of folding every read model,
 * which waits until a panel that needs them is opened.
 */
export const injectLogOf: (view: LogSource) => InjectLog = perContent(
  () => new FoldFeed(() => new InjectLog(), asIs),
);
