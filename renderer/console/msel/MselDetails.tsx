import { useEffect, useRef, useState } from 'react';
import type { InjectDraft } from '../../../core/index';
import { MarkingBadge, useCommand } from '../../components/index';
import { useTranslate, type Translator } from '../../state/index';
import type { ConsoleProps } from '../console-props';
import { InjectEditForm } from './InjectEditForm';
import { channelNamed } from './InjectFields';
import { InjectRecord } from './InjectRecord';
import { channelLabel, dueLabel, priorityLabel, rollupLabel } from './msel-labels';
import type { MselRow } from './msel-rows';
import type { MselWorld } from './use-msel-world';

interface MselDetailsProps extends ConsoleProps {
  row: MselRow;
  world: MselWorld;
  /** Why play may not change now (ENDEX, host out of reach), said beside the disabled actions; null if it may. */
  locked: string | null;
  onClose: () => void;
  /** Open the ad-hoc composer pre-filled, to speak as a simulated actor. */
  onCompose: (draft: InjectDraft) => void;
}

/** Drafts a simulated actor could send next: the simulated sender following up, simulated recipients replying. */
function replyDrafts(row: MselRow, world: MselWorld, t: Translator): { as: string; draft: InjectDraft }[] {
  const base: Pick<InjectDraft, 'channel' | 'marking' | 'priority' | 'text'> = {
    channel: channelNamed(row.channel),
    marking: row.marking,
    priority: 'routine',
    text: '',
  };
  const title = t('msel.compose.reply', { subject: row.heading });
  const drafts: { as: string; draft: InjectDraft }[] = [];
  const reached = row.recipients.filter(
    (recipient) => recipient.state !== 'pending' && recipient.state !== 'blocked',
  );
  if (world.simulated.has(row.from) && reached.length > 0)
    drafts.push({ as: row.from, draft: { ...base, title, from: row.from, to: reached.map((r) => r.role) } });
  for (const { role } of reached)
    if (world.simulated.has(role) && role !== row.from)
      drafts.push({ as: role, draft: { ...base, title, from: role, to: [row.from] } });
  return drafts;
}

/** One inject in full, with what a controller may still do to it. */
export function MselDetails({ view, send, row, world, locked, onClose, onCompose }: MselDetailsProps) {
  const t = useTranslate();
  const { run, refusal } = useCommand(send);
  const [at, setAt] = useState('T+');
  const [editing, setEditing] = useState(false);
  const open = row.status !== 'released' && row.status !== 'skipped';
  const disabled = locked !== null;
  const self = useRef<HTMLElement>(null);
  // Opened (one mount per inject): the details come where the eye is, below a long grid or beside it, and
  // take the keyboard, so that a keyboard user reads them next and Escape brings them back to the grid.
  useEffect(() => {
    const element = self.current;
    if (!element) return;
    element.scrollIntoView?.({ block: 'nearest' });
    element.focus({ preventScroll: true });
  }, []);
  const act = (type: 'inject/release-now' | 'inject/hold' | 'inject/skip') =>
    void run(type, { injectId: row.id });

  return (
    <section
      ref={self}
      tabIndex={-1}
      aria-label={t('msel.details', { id: row.id })}
      className="msel-details"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && event.target === event.currentTarget) onClose();
      }}
    >
      <div className="section-head">
        <h3>
          {row.id} — {row.title}
        </h3>
        <button type="button" className="secondary" onClick={onClose}>
          {t('msel.details.close')}
        </button>
      </div>
      <dl className="facts">
        {row.heading !== row.title ? (
          <>
            <dt>{t('msel.details.heading')}</dt>
            <dd>{row.heading}</dd>
          </>
        ) : null}
        <dt>{t('msel.col.due')}</dt>
        <dd>{dueLabel(row, t, world.names)}</dd>
        <dt>{t('msel.col.from')}</dt>
        <dd>{world.roleTitle(row.from)}</dd>
        <dt>{t('msel.col.to')}</dt>
        <dd>
          {row.recipients
            .map(({ role, state }) => `${world.roleTitle(role)} (${t(`msel.recipient.${state}`)})`)
            .join(', ')}{' '}
          — {rollupLabel(row, t)}
        </dd>
        <dt>{t('msel.col.channel')}</dt>
        <dd>
          {channelLabel(row.channel, t)} <MarkingBadge marking={row.marking} />
        </dd>
        <dt>{t('msel.details.priority')}</dt>
        <dd>{priorityLabel(row.priority, t)}</dd>
        <dt>{t('msel.col.status')}</dt>
        <dd>{t(`msel.status.${row.status}`)}</dd>
      </dl>
      {row.edited.length > 0 ? (
        <p className="muted">{t('msel.details.edited', { fields: row.edited.join(', ') })}</p>
      ) : null}
      {refusal ? (
        <p role="alert" className="problems">
          {refusal}
        </p>
      ) : null}
      {open && locked ? <p className="muted">{locked}</p> : null}
      {open ? (
        <div role="group" aria-label={t('msel.actions', { id: row.id })} className="msel-actions">
          <button type="button" disabled={disabled} onClick={() => act('inject/release-now')}>
            {t('msel.action.releaseNow')}
          </button>
          <button type="button" className="secondary" disabled={disabled} onClick={() => act('inject/hold')}>
            {t('msel.action.hold')}
          </button>
          <button type="button" className="danger" disabled={disabled} onClick={() => act('inject/skip')}>
            {t('msel.action.skip')}
          </button>
          <label className="inline">
            {t('msel.action.rescheduleAt')}
            <input value={at} size={10} onChange={(event) => setAt(event.target.value)} />
          </label>
          <button
            type="button"
            className="secondary"
            disabled={disabled}
            onClick={() => void run('inject/reschedule', { injectId: row.id, at: at.trim() })}
          >
            {t('msel.action.reschedule')}
          </button>
          <button type="button" className="secondary" disabled={disabled} onClick={() => setEditing(true)}>
            {t('msel.action.edit')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('msel.action.done', { status: t(`msel.status.${row.status}`) })}</p>
      )}
      {editing && open && !locked ? (
        <InjectEditForm view={view} send={send} row={row} world={world} onDone={() => setEditing(false)} />
      ) : null}
      <div className="msel-actions">
        {replyDrafts(row, world, t).map(({ as, draft }) => (
          <button
            key={as}
            type="button"
            className="secondary"
            disabled={disabled}
            onClick={() => onCompose(draft)}
          >
            {t('msel.action.followUp', { role: world.roleTitle(as) })}
          </button>
        ))}
      </div>
      <h4>{t('msel.details.text')}</h4>
      <p className="msel-text">{row.text}</p>
      <InjectRecord view={view} injectId={row.id} names={world.names} />
    </section>
  );
}
