import { useId, type ReactNode } from 'react';
import { useTranslate } from '../../state/index';

/** A second step before something that cannot be undone: what it does, in words, then do it or cancel. */
export function ConfirmStep({
  children,
  confirm,
  onConfirm,
  onCancel,
}: {
  children: ReactNode;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslate();
  const id = useId();
  return (
    <div role="alertdialog" aria-labelledby={id} className="dialog lan-confirm">
      <p id={id}>{children}</p>
      <button type="button" className="danger" onClick={onConfirm}>
        {confirm}
      </button>{' '}
      <button type="button" className="secondary" autoFocus onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
