import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isEvent, type InjectDraft } from '../../../core/index';
import { useCommand } from '../../components/index';
import { useTranslate } from '../../state/index';
import type { ConsoleProps } from '../console-props';
import { injectNotCleared } from './inject-reach';
import { playLock } from '../play-lock';
import { InjectFields } from './InjectFields';
import type { MselWorld } from './use-msel-world';

interface AdhocComposeProps extends ConsoleProps {
  world: MselWorld;
  initial: InjectDraft;
  onClose: () => void;
  /** The id the engine gave the new inject. */
  onSent: (injectId: string) => void;
}

/** Write and send an ad-hoc inject now, from any role, simulated actors included. */
export function AdhocCompose({ view, send, world, initial, onClose, onSent }: AdhocComposeProps) {
  const t = useTranslate();
  const { run, refusal } = useCommand(send);
  const [draft, setDraft] = useState(initial);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  // Said before sending, as the marking or the recipients change: whom the engine will block.
  const blocked = injectNotCleared(view, draft.marking, draft.to).map((id) => world.roleTitle(id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const before = view.events.length;
    if (!(await run('inject/send-adhoc', { ...draft }))) return;
    // Scheduled injects that fell due may be released in the same pulse: take the ad-hoc one.
    const released = view.events
      .slice(before)
      .filter((logged) => isEvent(logged, 'inject.released'))
      .findLast((logged) => logged.payload.cause === 'adhoc');
    onSent(released?.payload.injectId ?? '');
  };

  return (
    <form
      className="msel-form msel-compose"
      aria-label={t('msel.compose.heading')}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <h3>{t('msel.compose.heading')}</h3>
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
      <p id="adhoc-not-cleared" role="status" aria-live="polite" className="msel-not-cleared">
        {blocked.length > 0
          ? t('msel.compose.notCleared', { marking: draft.marking, roles: blocked.join(', ') })
          : ''}
      </p>
      {refusal ? (
        <p role="alert" className="problems">
          {refusal}
        </p>
      ) : null}
      <div className="form-row">
        <button type="submit" disabled={playLock(view, t) !== null}>
          {t('msel.compose.send')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('msel.compose.cancel')}
        </button>
      </div>
    </form>
  );
}
