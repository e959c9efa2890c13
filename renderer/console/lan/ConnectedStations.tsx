import { useState } from 'react';
import type { StationAccessView } from '../../../core/index';
import { formatWallTime } from '../../components/index';
import { useTranslate, useUiStore } from '../../state/index';
import { ConfirmStep } from './ConfirmStep';

export interface ConnectedStationsProps {
  stations: readonly StationAccessView[];
  titleOf: (role: string) => string;
  onRevoke: (station: StationAccessView) => void;
}

/** Every station given a pass: its role, from where and since when it is connected; cut one off. */
export function ConnectedStations({ stations, titleOf, onRevoke }: ConnectedStationsProps) {
  const t = useTranslate();
  const language = useUiStore((state) => state.language);
  const [confirming, setConfirming] = useState<StationAccessView | null>(null);
  const roles = (station: StationAccessView) => station.roles.map(titleOf).join(', ');
  // The live ones first, newest first; the revoked ones after, for the record.
  const sorted = [...stations].sort(
    (a, b) =>
      Number(a.revokedWallMs !== null) - Number(b.revokedWallMs !== null) || b.issuedWallMs - a.issuedWallMs,
  );

  return (
    <>
      <h3>{t('lan.stations')}</h3>
      {stations.length === 0 ? <p className="muted">{t('lan.noStations')}</p> : null}
      {stations.length > 0 ? (
        <table className="dense lan-stations">
          <thead>
            <tr>
              <th scope="col">{t('lan.station')}</th>
              <th scope="col">{t('lan.role')}</th>
              <th scope="col">{t('lan.from')}</th>
              <th scope="col">{t('lan.connected')}</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((station) => {
              const revoked = station.revokedWallMs !== null;
              const since = Math.min(...station.connections.map((socket) => socket.sinceWallMs));
              return (
                <tr key={station.stationId} className={revoked ? 'revoked' : undefined}>
                  <th scope="row">
                    <code>{station.stationId}</code>
                  </th>
                  <td>
                    {roles(station)} ({t(`lan.kind.${station.kind}`)})
                  </td>
                  <td>{station.via === 'console' ? t('lan.viaConsole') : station.address}</td>
                  <td>
                    {revoked ? (
                      t('lan.revoked', { time: formatWallTime(station.revokedWallMs ?? 0, language) })
                    ) : station.connections.length > 0 ? (
                      <span className="presence-on">
                        ● {t('lan.connections', { count: station.connections.length })} · {t('lan.since')}{' '}
                        {formatWallTime(since, language)}
                      </span>
                    ) : (
                      <span className="muted">{t('lan.notConnected')}</span>
                    )}
                  </td>
                  <td className="actions">
                    {revoked ? null : (
                      <button type="button" className="secondary" onClick={() => setConfirming(station)}>
                        {t('lan.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {confirming ? (
        <ConfirmStep
          confirm={t('lan.revokeYes')}
          onConfirm={() => {
            setConfirming(null);
            onRevoke(confirming);
          }}
          onCancel={() => setConfirming(null)}
        >
          {t('lan.revokeConfirm', { station: confirming.stationId, role: roles(confirming) })}
        </ConfirmStep>
      ) : null}
    </>
  );
}
