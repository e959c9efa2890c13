import { useState } from 'react';
import { rosterTitle } from '../../core/index';
import { ExerciseBanner } from '../components/index';
import { NeedsCode } from '../join/index';
import { useTranslate } from '../state/index';
import { StationScreen } from './StationScreen';
import { useStationClients } from './use-station-clients';

/**
 * A role station tab for one role or several (one person playing several roles): a client per role over its
 * channel on the page's socket to the exercise host, and a switcher between them. It holds only what reached it, in its own database.
 */
export function StationRoute({ exerciseId, roles }: { exerciseId: string; roles: readonly string[] }) {
  const t = useTranslate();
  const { stations, heading, error, needsCode, joined, open, replace, kind } = useStationClients(
    exerciseId,
    roles,
  );
  const [chosen, setChosen] = useState(roles[0] ?? '');
  const station = stations[chosen];
  // Each role's station has its own roster from the host; any one names every role in play.
  const roster =
    station?.state.roster ??
    Object.values(stations).find((entry) => entry.state.roster)?.state.roster ??
    null;

  const switcher =
    roles.length > 1 ? (
      <nav className="station-roles" aria-label={t('station.roleSwitcher')}>
        <span className="muted">{t('station.roleSwitcherHint')}</span>
        {roles.map((role) => {
          const entry = stations[role];
          const unread = entry
            ? entry.state.events.filter(
                (event) =>
                  (event.type === 'inject.delivered' || event.type === 'message.delivered') &&
                  event.payload.role === role &&
                  !entry.opened.has(event.streamSeq),
              ).length
            : 0;
          return (
            <button
              key={role}
              type="button"
              className={role === chosen ? '' : 'secondary'}
              aria-pressed={role === chosen}
              onClick={() => setChosen(role)}
            >
              {rosterTitle(roster, role)}
              {unread > 0 ? ` (${t('station.unreadCount', { count: unread })})` : ''}
            </button>
          );
        })}
      </nav>
    ) : null;

  if (needsCode !== null)
    return (
      <>
        <ExerciseBanner marking={heading?.marking} context={heading?.name} />
        <NeedsCode reason={needsCode} onJoined={joined} />
      </>
    );
  if (!station) {
    return (
      <>
        <ExerciseBanner marking={heading?.marking} context={heading?.name} />
        {switcher}
        {error ? (
          <p role="alert" className="station-refusal">
            {t('common.storageError', { message: error })}
          </p>
        ) : (
          <p className="muted">{t('station.connecting')}</p>
        )}
      </>
    );
  }
  return (
    <StationScreen
      role={chosen}
      roleTitle={rosterTitle(roster, chosen)}
      state={station.state}
      heading={heading}
      send={(type, payload) => station.client.send(type, payload)}
      opened={station.opened}
      onOpen={(streamSeq) => open(chosen, streamSeq)}
      onReplaceCopy={() => replace(chosen)}
      observer={kind === 'observer'}
      control={kind === 'control'}
      underBanner={
        <>
          {switcher}
          {error ? (
            <p role="alert" className="station-refusal">
              {t('common.storageError', { message: error })}
            </p>
          ) : null}
        </>
      }
    />
  );
}
