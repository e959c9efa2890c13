import { stationRoster, type ExerciseView, type StationState } from '../../core/index';
import { StationScreen } from '../station/index';
import { useTranslate } from '../state/index';
import { roleTitle } from './role-titles';
import { useViewVersion } from './use-view-version';
import { engineReadMarks } from './view-as-read-marks';

/** What a role's station shows, built as the host builds its stream: "view as role" shows exactly that. */
export function stationStateOf(view: ExerciseView, role: string): StationState {
  const station = view.stationView(role, 0);
  const wallMs = Date.now();
  const { clock } = view.state;
  return {
    role,
    events: station.events,
    mechanisms: station.mechanisms,
    openDecisions: station.openDecisions,
    clock: {
      status: clock.status,
      speed: clock.speed,
      scenarioMs: view.scenarioTimeAt(wallMs),
      wallMs,
    },
    heading: station.exercise,
    roster: stationRoster(view.content, view.state, role),
    hostOnline: true,
    lastHostWallMs: wallMs,
    pending: [],
    refusal: null,
    copy: null,
    unhosted: null,
  };
}

/**
 * The console's "view as role": the role's station inside the console's frame (the console's banner and
 * language stay the only ones), acting on nothing, with the role's read marks as the engine has them.
 */
export function ViewAsRole({ view, role, onStop }: { view: ExerciseView; role: string; onStop: () => void }) {
  const t = useTranslate();
  // The role's stream moves with every event, as the real station's does.
  useViewVersion(view);
  const title = roleTitle(view, role);
  const state = stationStateOf(view, role);
  return (
    <section aria-label={t('console.station.viewing', { role: title })} className="view-as">
      <p className="view-as-bar">
        {t('console.station.viewing', { role: title })}{' '}
        <button type="button" className="secondary" onClick={onStop}>
          {t('console.station.stopViewing')}
        </button>
      </p>
      <StationScreen
        role={role}
        roleTitle={title}
        state={state}
        heading={view.heading()}
        send={async () => ({
          ok: false,
          commandId: 'view-as',
          code: 'not-allowed',
          reason: t('station.readOnly'),
        })}
        readOnly
        opened={engineReadMarks(state.events, role)}
        onOpen={() => undefined}
      />
    </section>
  );
}
