import { useEffect, useMemo, useState } from 'react';
import type { ExerciseRecord } from '../../core/index';
import { markingOf } from '../report/index';
import { ReviewScreen, type OtherExercise } from '../review/index';
import type { ConsoleProps } from './console-props';
import { readModelsOf } from './read-models';
import { checkBranchOnHost, readModelsFromHost, sameScenario, type ReviewHost } from './review-host';
import { useViewVersion } from './use-view-version';

/**
 * The after-action review at the console: the same review as the evaluator station's, read from the console's
 * read models of the engine's log, with EXCON writing the improvement plan. With the host at hand it also
 * offers the host's other exercises of the same scenario to compare with (a branch's origin first), makes
 * what-if branches, and checks a branch against its origin.
 */
export function ConsoleReview({ view, send, host }: ConsoleProps & { host?: ReviewHost | undefined }) {
  useViewVersion(view);
  const models = readModelsOf(view);
  const { exerciseId, branch } = models.facts;
  const scenarioId = models.content.scenario.id;
  const [records, setRecords] = useState<ExerciseRecord[]>([]);
  useEffect(() => {
    if (!host) return;
    let current = true;
    // Without the list, the review still compares with a file: a failure here only leaves the list empty.
    host.list().then(
      (listed) => current && setRecords(listed),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [host, exerciseId]);
  const others = useMemo<OtherExercise[]>(
    () =>
      host
        ? sameScenario(records, { exerciseId, scenarioId }).map((record) => ({
            exerciseId: record.exerciseId,
            name: record.name,
            load: () => readModelsFromHost(host, record.exerciseId),
          }))
        : [],
    [host, records, exerciseId, scenarioId],
  );
  const originId = branch?.originExerciseId;
  return (
    <ReviewScreen
      models={models}
      log={{
        marking: markingOf(view.events),
        events: () => view.events,
        ...(host ? { seal: (lines: number) => host.seal(exerciseId, lines) } : {}),
      }}
      send={send}
      locked={null}
      others={others}
      {...(originId ? { preferred: originId } : {})}
      {...(host
        ? {
            onBranch: async (atSeq: number, name: string) => host.branch(exerciseId, atSeq, name),
            ...(originId ? { checkBranch: () => checkBranchOnHost(host, exerciseId, originId) } : {}),
          }
        : {})}
    />
  );
}
