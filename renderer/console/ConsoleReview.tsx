import { ReviewScreen } from '../review/index';
import type { ConsoleProps } from './console-props';
import { readModelsOf } from './read-models';
import { useViewVersion } from './use-view-version';

/**
 * The after-action review at the console: the same review as the evaluator station's, read from the console's
 * read models of the engine's log, with EXCON writing the improvement plan.
 */
export function ConsoleReview({ view, send }: ConsoleProps) {
  useViewVersion(view);
  return <ReviewScreen models={readModelsOf(view)} send={send} locked={null} />;
}
