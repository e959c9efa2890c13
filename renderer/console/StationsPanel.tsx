import { useRef, useState } from 'react';
import { AGENT_POLICIES, agentPolicyNamed } from '../../core/index';
import { formatWallTime, routeHash, useCommand } from '../components/index';
import { useTranslate, useUiStore } from '../state/index';
import { ActAsPanel } from './ActAsPanel';
import { LanPanel, type StationAccessSource } from './lan/index';
import type { ConsoleProps, SendAs } from './console-props';
import { playerRoles, roleTitle } from './role-titles';
import { StationNumbers } from './station-numbers';
import { usePresenceVersion } from './use-view-version';
import { ViewAsRole } from './ViewAsRole';

/**
 * Which roles have a station connected and when each last acted; who is automated; open or view a station;
 * and take a decision for a role from the console, a body the scenario does not play included.
 */
export function StationsPanel({
  view,
  send,
  sendAs,
  access,
}: ConsoleProps & { sendAs: SendAs; access?: StationAccessSource | undefined }) {
  const t = useTranslate();
  const language = useUiStore((state) => state.language);
  const { run, refusal } = useCommand(send);
  usePresenceVersion(view);
  const [viewing, setViewing] = useState<string | null>(null);
  const presence = view.presence();
  const numbers = useRef(new StationNumbers()).current;
  numbers.see(presence);
  const exerciseId = view.state.exerciseId;

  if (viewing) return <ViewAsRole view={view} role={viewing} onStop={() => setViewing(null)} />;

  return (
    <section aria-labelledby="stations-heading">
      <div className="section-head">
        <h2 id="stations-heading">{t('console.stations')}</h2>
        <a
          className="button-link"
          target="_blank"
          rel="noopener"
          href={routeHash({ screen: 'evaluator', exerciseId, role: 'evaluator' })}
        >
          {t('console.station.evaluator')}
        </a>
      </div>
      {refusal ? (
        <p role="alert" className="problems">
          {refusal}
        </p>
      ) : null}
      <table className="dense">
        <thead>
          <tr>
            <th scope="col">{t('console.station.role')}</th>
            <th scope="col">{t('console.station.play')}</th>
            <th scope="col">{t('console.station.connected')}</th>
            <th scope="col">{t('console.station.lastActed')}</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {playerRoles(view).map((role) => {
            const stations = presence.filter((entry) => entry.role === role);
            const connected = stations.filter((entry) => entry.connected);
            const acted = Math.max(0, ...stations.map((entry) => entry.lastActedWallMs ?? 0));
            const auto = view.state.autoPlay[role] ?? 'station';
            return (
              <tr key={role}>
                <th scope="row">
                  <span title={role}>{roleTitle(view, role)}</span>
                </th>
                <td>
                  <select
                    aria-label={`${t('console.station.play')}: ${roleTitle(view, role)}`}
                    value={auto}
                    disabled={view.readOnly}
                    onChange={(event) =>
                      void run('role/auto-play', { role, policy: agentPolicyNamed(event.target.value) })
                    }
                  >
                    <option value="station">{t('console.play.station')}</option>
                    {AGENT_POLICIES.map((policy) => (
                      <option key={policy} value={policy}>
                        {t(`console.play.${policy}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {connected.length > 0 ? (
                    <span className="presence-on">
                      ●{' '}
                      {connected.map((entry, index) => (
                        <span key={entry.station} title={entry.station}>
                          {index > 0 ? ', ' : ''}
                          {t('console.station.number', { number: numbers.numberOf(entry.station) })}
                        </span>
                      ))}
                    </span>
                  ) : (
                    <span className="muted">{t('console.station.notConnected')}</span>
                  )}
                </td>
                <td>{acted > 0 ? formatWallTime(acted, language) : '—'}</td>
                <td className="actions">
                  <a
                    className="button-link"
                    target="_blank"
                    rel="noopener"
                    href={routeHash({ screen: 'station', exerciseId, roles: [role] })}
                  >
                    {t('console.station.open')}
                  </a>
                  <button type="button" className="secondary" onClick={() => setViewing(role)}>
                    {t('console.station.viewAs')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ActAsPanel view={view} sendAs={sendAs} />
      {access ? <LanPanel view={view} source={access} /> : null}
    </section>
  );
}
