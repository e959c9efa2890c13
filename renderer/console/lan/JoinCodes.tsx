import { useState } from 'react';
import { formatJoinCode, JOIN_CODE_ALPHABET, type JoinCodeView } from '../../../core/index';
import { routeHash } from '../../components/index';
import { useTranslate } from '../../state/index';
import { hostPageOrigin } from '../../transport/index';
import { ConfirmStep } from './ConfirmStep';
import { joinLink } from './join-link';
import { QrCode } from './QrCode';

export interface JoinCodesProps {
  codes: readonly JoinCodeView[];
  /** The addresses stations open (empty while the host serves this laptop only). */
  lanUrls: readonly string[];
  titleOf: (role: string) => string;
  /** Replace (a role's own code) or revoke (a code the controller asked for). */
  onRevoke: (code: JoinCodeView) => void;
}

/** The live join codes, one row each: who it makes of a laptop, the code to read aloud, its QR code. */
export function JoinCodes({ codes, lanUrls, titleOf, onRevoke }: JoinCodesProps) {
  const t = useTranslate();
  const [shown, setShown] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<JoinCodeView | null>(null);
  const roles = (code: JoinCodeView) => code.roles.map(titleOf).join(', ');
  // Participants first, then evaluators, observers and control; by role title within each.
  const order = ['player', 'evaluator', 'observer', 'control'];
  const sorted = [...codes].sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || roles(a).localeCompare(roles(b)),
  );

  return (
    <>
      <h3>{t('lan.codes')}</h3>
      <p className="muted">{t('lan.codesHint', { alphabet: JOIN_CODE_ALPHABET })}</p>
      <table className="dense lan-codes">
        <thead>
          <tr>
            <th scope="col">{t('lan.role')}</th>
            <th scope="col">{t('lan.kind')}</th>
            <th scope="col">{t('lan.code')}</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((code) => (
            <tr key={code.codeId}>
              <th scope="row">{roles(code)}</th>
              <td>{t(`lan.kind.${code.kind}`)}</td>
              <td>
                <code className="join-code-text">{formatJoinCode(code.code)}</code>
                {shown === code.codeId ? (
                  <QrCode
                    text={joinLink(lanUrls, hostPageOrigin(), code.code)}
                    label={t('lan.qrLabel', { role: roles(code) })}
                  />
                ) : null}
              </td>
              <td className="actions">
                <button
                  type="button"
                  className="secondary"
                  aria-expanded={shown === code.codeId}
                  onClick={() => setShown(shown === code.codeId ? null : code.codeId)}
                >
                  {shown === code.codeId ? t('lan.hideQr') : t('lan.showQr')}
                </button>
                <a
                  className="button-link"
                  target="_blank"
                  rel="noopener"
                  href={routeHash({ screen: 'join', code: code.code })}
                >
                  {t('lan.openHere')}
                </a>
                <button type="button" className="secondary" onClick={() => setConfirming(code)}>
                  {code.kind === 'control' ? t('lan.revokeCode') : t('lan.replace')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {confirming ? (
        <ConfirmStep
          confirm={confirming.kind === 'control' ? t('lan.revokeCodeYes') : t('lan.replaceYes')}
          onConfirm={() => {
            setConfirming(null);
            onRevoke(confirming);
          }}
          onCancel={() => setConfirming(null)}
        >
          {confirming.kind === 'control'
            ? t('lan.revokeCodeConfirm')
            : t('lan.replaceConfirm', { role: roles(confirming) })}
        </ConfirmStep>
      ) : null}
    </>
  );
}
