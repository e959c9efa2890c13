import { useId, useState } from 'react';
import { useTranslate } from '../../state/index';
import { ConfirmStep } from './ConfirmStep';

/**
 * A control role for a laptop on the room network (SimCell, white cell): never offered by default, given only
 * when the controller picks the role and confirms what it hands over.
 */
export function ControlCode({
  roles,
  titleOf,
  onIssue,
}: {
  /** The exercise's control roles but EXCON, whose clock stays at this console. */
  roles: readonly string[];
  titleOf: (role: string) => string;
  onIssue: (role: string) => void;
}) {
  const t = useTranslate();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState(roles[0] ?? '');
  const [confirming, setConfirming] = useState(false);
  if (roles.length === 0) return null;
  if (!open)
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t('lan.control')}
      </button>
    );
  return (
    <div className="lan-control">
      <label htmlFor={`${id}-role`}>{t('lan.controlRole')}</label>{' '}
      <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value)}>
        {roles.map((each) => (
          <option key={each} value={each}>
            {titleOf(each)}
          </option>
        ))}
      </select>{' '}
      <button type="button" onClick={() => setConfirming(true)}>
        {t('lan.controlYes')}
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
      {confirming ? (
        <ConfirmStep
          confirm={t('lan.controlYes')}
          onConfirm={() => {
            setConfirming(false);
            setOpen(false);
            onIssue(role);
          }}
          onCancel={() => setConfirming(false)}
        >
          {t('lan.controlConfirm', { role: titleOf(role) })}
        </ConfirmStep>
      ) : null}
    </div>
  );
}
