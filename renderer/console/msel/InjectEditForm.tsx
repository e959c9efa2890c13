import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useCommand } from '../../components/index';
import { useTranslate } from '../../state/index';
import { injectPriorityOf, type InjectDraft } from '../../../core/index';
import type { ConsoleProps } from '../console-props';
import { channelNamed, InjectFields } from './InjectFields';
import type { MselRow } from './msel-rows';
import type { MselWorld } from './use-msel-world';

/** What the inject would send now: its title is the heading its recipients read, never control's title. */
export const draftOf = (row: MselRow): InjectDraft => ({
  title: row.heading,
  text: row.text,
  from: row.from,
  to: row.recipients.map((recipient) => recipient.role),
  channel: channelNamed(row.channel),
  marking: row.marking,
  priority: injectPriorityOf(row.priority),
});

/** The fields that differ from what the inject would send now: only those go into `inject/edit`. */
function changesOf(before: InjectDraft, after: InjectDraft): Partial<InjectDraft> {
  const changes: Partial<InjectDraft> = {};
  for (const key of Object.keys(before) as (keyof InjectDraft)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      Object.assign(changes, { [key]: after[key] });
  }
  return changes;
}

interface InjectEditFormProps extends ConsoleProps {
  row: MselRow;
  world: MselWorld;
  onDone: () => void;
}

/** Edit an inject before its release; the engine logs the change as `inject.edited`. */
export function InjectEditForm({ view, send, row, world, onDone }: InjectEditFormProps) {
  const t = useTranslate();
  const { run, refusal } = useCommand(send);
  const [draft, setDraft] = useState(() => draftOf(row));
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run('inject/edit', { injectId: row.id, changes: changesOf(draftOf(row), draft) })) onDone();
  };

  return (
    <form
      className="msel-form"
      aria-label={t('msel.edit.heading', { id: row.id })}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <h3>{t('msel.edit.heading', { id: row.id })}</h3>
      <InjectFields
        draft={draft}
        onChange={setDraft}
        roles={world.roles}
        simulated={world.simulated}
        roleTitle={world.roleTitle}
        channels={world.channels}
        markings={world.markings}
        firstField={first}
      />
      {refusal ? (
        <p role="alert" className="problems">
          {refusal}
        </p>
      ) : null}
      <div className="form-row">
        <button type="submit" disabled={view.readOnly}>
          {t('msel.edit.save')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('msel.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
