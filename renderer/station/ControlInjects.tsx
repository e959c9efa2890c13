import { useMemo, useState, type FormEvent } from 'react';
import { Channel, rosterTitle, type InjectDraft, type StationRoster } from '../../core/index';
import { useCommand, type SendCommand } from '../components/index';
import { InjectFields } from '../console/index';
import { useTranslate } from '../state/index';

/** A blank inject from the first simulated actor (what a control station most often plays), to no one yet. */
function blankDraft(roster: StationRoster | null): InjectDraft {
  const roles = roster?.roles ?? [];
  const from = roles.find((role) => role.simulated) ?? roles.find((role) => role.id === roster?.role);
  return {
    title: '',
    text: '',
    from: from?.id ?? roster?.role ?? '',
    to: [],
    channel: 'phone',
    marking: roster?.markings[0]?.id ?? 'PUBLIC',
    priority: 'routine',
  };
}

/**
 * A control station's own view (issue 20 §1): a SimCell or white-cell laptop on the room network, given a
 * control role by the controller, sends ad-hoc injects as the actors it plays, to the roles in play. Its inbox
 * and messages are the role's station's; the clock, NO PLAY and ENDEX stay with EXCON at the console.
 */
export function ControlInjects({
  roster,
  send,
  locked,
}: {
  roster: StationRoster | null;
  send: SendCommand;
  /** Why sending is off (ENDEX, the exercise not on the host …); null when it is on. */
  locked: string | null;
}) {
  const t = useTranslate();
  const { run, refusal, busy } = useCommand(send);
  const [draft, setDraft] = useState<InjectDraft>(() => blankDraft(roster));
  const [sent, setSent] = useState<string | null>(null);
  const roles = useMemo(() => (roster?.roles ?? []).map((role) => role.id), [roster]);
  const simulated = useMemo(
    () => new Set((roster?.roles ?? []).filter((role) => role.simulated).map((role) => role.id)),
    [roster],
  );
  const markings = useMemo(() => (roster?.markings ?? []).map((marking) => marking.id), [roster]);
  // The roster arrives after the first render of a new station: start from its first actor once it is here.
  if (draft.from === '' && roster) setDraft(blankDraft(roster));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    if (!(await run('inject/send-adhoc', { ...draft }))) return;
    setSent(draft.title);
    setDraft({ ...blankDraft(roster), from: draft.from, channel: draft.channel, marking: draft.marking });
  };

  return (
    <section className="station-panel control-injects" aria-labelledby="control-injects-heading">
      <h2 id="control-injects-heading">{t('station.control.heading')}</h2>
      <p className="muted">{t('station.control.hint')}</p>
      <form aria-label={t('station.control.heading')} onSubmit={(event) => void submit(event)}>
        <fieldset disabled={locked !== null || busy} aria-describedby={locked ? 'control-locked' : undefined}>
          <InjectFields
            draft={draft}
            onChange={setDraft}
            roles={roles}
            simulated={simulated}
            roleTitle={(role) => rosterTitle(roster, role)}
            channels={Channel.options}
            markings={markings}
          />
          <button type="submit" disabled={draft.to.length === 0 || draft.title.trim() === ''}>
            {t('station.control.send')}
          </button>
        </fieldset>
      </form>
      {locked ? (
        <p id="control-locked" className="muted">
          {locked}
        </p>
      ) : null}
      <p role="status" aria-live="polite">
        {sent ? t('station.control.sent', { title: sent }) : ''}
      </p>
      {refusal ? (
        <p role="alert" className="problems">
          {refusal}
        </p>
      ) : null}
    </section>
  );
}
