import { useState } from 'react';
import { errorMessage, type ExerciseView } from '../../../core/index';
import { useTranslate } from '../../state/index';
import { roleTitle } from '../role-titles';
import { ConnectedStations } from './ConnectedStations';
import { ControlCode } from './ControlCode';
import { JoinCodes } from './JoinCodes';
import { useStationAccess, type StationAccessSource } from './use-station-access';
import './lan.css';

/**
 * Stations on the room network (issue 20 §1): open the host to the LAN and give out its address; the join
 * codes of the exercise's roles with their QR codes; a control station only on request; who joined, from where
 * and since when, and cutting a station off. Everything here is the host's: this panel asks, the host answers.
 */
export function LanPanel({
  view,
  source,
}: {
  view: Pick<ExerciseView, 'content' | 'roles' | 'readOnly' | 'state'>;
  source: StationAccessSource;
}) {
  const t = useTranslate();
  const exerciseId = view.state.exerciseId;
  const { lan, codes, stations } = useStationAccess(exerciseId, source);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const titleOf = (role: string) => roleTitle(view, role);
  const controlRoles = [...view.roles.values()]
    .filter((role) => role.audience === 'control' && role.id !== 'excon')
    .map((role) => role.id);

  /** Ask the host; what it refuses is shown, never thrown. */
  const ask = async (request: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await request();
    } catch (error) {
      setFailure(t('lan.failed', { reason: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="lan-heading" className="lan-panel">
      <div className="section-head">
        <h2 id="lan-heading">{t('lan.heading')}</h2>
        <button
          type="button"
          className={lan?.on ? 'secondary' : ''}
          disabled={busy || lan === null}
          aria-pressed={lan?.on ?? false}
          onClick={() => void ask(() => source.setLan(!(lan?.on ?? false)))}
        >
          {busy ? t('lan.changing') : lan?.on ? t('lan.close') : t('lan.open')}
        </button>
      </div>
      {failure ? (
        <p role="alert" className="problems">
          {failure}
        </p>
      ) : null}
      {lan?.on ? (
        <div className="lan-addresses">
          <p>{t('lan.addresses')}</p>
          <ul>
            {lan.urls.map((url) => (
              <li key={url}>
                <code className="lan-url">{url}</code>
              </li>
            ))}
          </ul>
          <p className="muted">{t('lan.firewall')}</p>
        </div>
      ) : (
        <p className="muted">{t('lan.off')}</p>
      )}
      {lan?.problem ? (
        <p role="status" className="problems">
          {t('lan.problem', { problem: lan.problem })}
        </p>
      ) : null}
      {codes && stations ? (
        <>
          <JoinCodes
            codes={codes}
            lanUrls={lan?.on ? lan.urls : []}
            titleOf={titleOf}
            onRevoke={(code) => void ask(() => source.revokeCode(exerciseId, code.codeId))}
          />
          {view.readOnly ? null : (
            <ControlCode
              roles={controlRoles}
              titleOf={titleOf}
              onIssue={(role) => void ask(() => source.issueCode(exerciseId, [role], 'control'))}
            />
          )}
          <ConnectedStations
            stations={stations}
            titleOf={titleOf}
            onRevoke={(station) => void ask(() => source.revokeStation(exerciseId, station.stationId))}
          />
        </>
      ) : null}
    </section>
  );
}
