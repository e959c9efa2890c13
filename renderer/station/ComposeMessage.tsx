import { useEffect, useState, type FormEvent } from 'react';
import { useCommand, type SendCommand } from '../components/index';
import { useTranslate } from '../state/index';
import type { InboxItem } from './inbox-items';

export interface ComposeMessageProps {
  recipients: readonly { id: string; title: string }[];
  markings: readonly { id: string; title: string }[];
  items: readonly InboxItem[];
  /** A message the participant chose to answer from the inbox. */
  replyTo: InboxItem | null;
  send: SendCommand;
  /** Why sending is off (the host unreachable, ENDEX, …); null when it is on. */
  locked: string | null;
  /** The titles of the chosen recipients a marking will keep the message from; null when that is not known. */
  notCleared?: (marking: string, to: readonly string[]) => readonly string[] | null;
}

/** A message to other roles, with a releasability marking; the engine refuses recipients not cleared for it. */
export function ComposeMessage(props: ComposeMessageProps) {
  const { recipients, markings, items, replyTo, send, locked, notCleared } = props;
  const t = useTranslate();
  const [to, setTo] = useState<string[]>([]);
  const [marking, setMarking] = useState(markings[0]?.id ?? '');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [inReplyTo, setInReplyTo] = useState('');
  const [refs, setRefs] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const { busy, refusal, run } = useCommand(send);
  const messages = items.filter((item) => item.kind === 'message');
  const injects = items.filter((item) => item.kind === 'inject');
  // Said as the marking or the recipients change, before sending: whom the engine will not deliver to.
  const blocked = notCleared?.(marking, to) ?? [];

  useEffect(() => {
    // The roster may arrive after the first render (a station opened before its host answered).
    setMarking((current) =>
      markings.some((entry) => entry.id === current) ? current : (markings[0]?.id ?? ''),
    );
  }, [markings]);

  useEffect(() => {
    if (!replyTo) return;
    setInReplyTo(replyTo.id);
    setTo((current) => (current.includes(replyTo.from) ? current : [...current, replyTo.from]));
    setSubject((current) => current || `Re: ${replyTo.title}`);
    if (replyTo.marking) setMarking(replyTo.marking);
  }, [replyTo]);

  const toggle = (list: string[], id: string) =>
    list.includes(id) ? list.filter((item) => item !== id) : [...list, id];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    if (to.length === 0) {
      setProblem(t('station.composeNeedRecipient'));
      return;
    }
    setProblem(null);
    const ok = await run('message/send', {
      to,
      marking,
      subject: subject.trim(),
      body: body.trim(),
      ...(inReplyTo ? { inReplyTo } : {}),
      injectRefs: refs,
    });
    if (ok) {
      setSent(subject.trim());
      setTo([]);
      setSubject('');
      setBody('');
      setInReplyTo('');
      setRefs([]);
    }
  };

  return (
    <section className="station-panel station-compose" aria-labelledby="station-compose-title">
      <h2 id="station-compose-title">{t('station.compose')}</h2>
      <form onSubmit={(event) => void submit(event)}>
        <fieldset
          disabled={busy || locked !== null}
          aria-describedby={locked !== null ? 'compose-locked' : undefined}
        >
          <fieldset className="compose-to">
            <legend>{t('station.composeTo')}</legend>
            {recipients.map((recipient) => (
              <label key={recipient.id} className="check">
                <input
                  type="checkbox"
                  checked={to.includes(recipient.id)}
                  onChange={() => setTo((current) => toggle(current, recipient.id))}
                />{' '}
                {recipient.title}
              </label>
            ))}
          </fieldset>
          <div className="form-row">
            <label htmlFor="compose-marking">{t('station.composeMarking')}</label>
            <select
              id="compose-marking"
              value={marking}
              aria-describedby="compose-not-cleared"
              onChange={(event) => setMarking(event.target.value)}
            >
              {markings.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.id} — {option.title}
                </option>
              ))}
            </select>
            <p id="compose-not-cleared" role="status" aria-live="polite" className="compose-not-cleared">
              {blocked.length > 0
                ? t('station.composeNotCleared', { marking, roles: blocked.join(', ') })
                : ''}
            </p>
          </div>
          <div className="form-row">
            <label htmlFor="compose-subject">{t('station.composeSubject')}</label>
            <input
              id="compose-subject"
              required
              value={subject}
              onChange={(event) => setSubject(event.target.value)}
            />
          </div>
          <div className="form-row">
            <label htmlFor="compose-body">{t('station.composeBody')}</label>
            <textarea
              id="compose-body"
              rows={4}
              required
              value={body}
              onChange={(event) => setBody(event.target.value)}
            />
          </div>
          <div className="form-row">
            <label htmlFor="compose-reply">{t('station.composeReplyTo')}</label>
            <select
              id="compose-reply"
              value={inReplyTo}
              onChange={(event) => setInReplyTo(event.target.value)}
            >
              <option value="">{t('station.composeNoReply')}</option>
              {messages.map((message) => (
                <option key={message.id} value={message.id}>
                  {message.title}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="compose-refs">
            <legend>{t('station.composeRefs')}</legend>
            {injects.length === 0 ? <p className="muted">{t('station.composeNoRefs')}</p> : null}
            {injects.map((inject) => (
              <label key={inject.id} className="check">
                <input
                  type="checkbox"
                  checked={refs.includes(inject.id)}
                  onChange={() => setRefs((current) => toggle(current, inject.id))}
                />{' '}
                {inject.title}
              </label>
            ))}
          </fieldset>
          <button type="submit">{busy ? t('station.sending') : t('station.composeSend')}</button>
        </fieldset>
      </form>
      {locked !== null ? (
        <p id="compose-locked" className="station-locked muted">
          {locked}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="station-refusal">
          {problem}
        </p>
      ) : null}
      {refusal ? (
        <p role="alert" className="station-refusal">
          {refusal}
        </p>
      ) : null}
      {sent ? <p className="status status-ok">{t('station.composeSent', { subject: sent })}</p> : null}
    </section>
  );
}
