import { useMemo } from 'react';
import type { StationState } from '../../core/index';
import { ExerciseBanner, type SendCommand } from '../components/index';
import { NeedsCode } from '../join/index';
import { useTranslate } from '../state/index';
import { useStationClients } from '../station/index';
import { EvaluatorScreen } from './EvaluatorScreen';
import { headingFromStream } from './exercise-context';

/**
 * The evaluator station for one evaluation role: like a role station, and wired by the same hook, it holds
 * only what reached it over its role's channel, in its own database; the engine's filtering decides that
 * this includes the control material (expected actions, evaluator notes).
 */
export function EvaluatorRoute({ exerciseId, role }: { exerciseId: string; role: string }) {
  const t = useTranslate();
  const roles = useMemo(() => [role], [role]);
  const { stations, heading: kept, error, needsCode, joined, replace } = useStationClients(exerciseId, roles);
  const station = stations[role];
  if (needsCode !== null)
    return (
      <>
        <ExerciseBanner marking={kept?.marking} context={kept?.name} />
        <NeedsCode reason={needsCode} onJoined={joined} />
      </>
    );
  if (!station)
    return (
      <>
        <ExerciseBanner marking={kept?.marking} context={kept?.name} />
        {error ? (
          <p role="alert" className="evaluator-error">
            {t('common.storageError', { message: error })}
          </p>
        ) : (
          <p className="muted">{t('station.connecting')}</p>
        )}
      </>
    );
  return (
    <EvaluatorStation
      state={station.state}
      send={(type, payload) => station.client.send(type, payload)}
      onReplaceCopy={() => replace(role)}
    />
  );
}

function EvaluatorStation({
  state,
  send,
  onReplaceCopy,
}: {
  state: StationState;
  send: SendCommand;
  onReplaceCopy: () => Promise<void>;
}) {
  const created = state.events.find((event) => event.type === 'exercise.created');
  const noPlayEvents = state.events.filter((event) => event.type.startsWith('no-play.')).length;
  // The heading changes only with `exercise.created` and the safety stop, not with every event; the host's
  // view carries it too, and the station keeps that one while the host is away.
  const { events } = state;
  const fromStream = useMemo(() => headingFromStream(events), [created, noPlayEvents]);
  const heading = state.heading ?? fromStream;
  return <EvaluatorScreen state={state} heading={heading} send={send} onReplaceCopy={onReplaceCopy} />;
}
