import { useMemo, useRef, useState } from 'react';
import { useCommand, type SendCommand } from '../components/index';
import { useTranslate } from '../state/index';
import { ChannelItem } from './ChannelItem';
import { searchInbox, type InboxItem } from './inbox-items';
import { nextUnread } from './next-unread';

export interface InboxProps {
  items: readonly InboxItem[];
  opened: ReadonlySet<number>;
  onOpen: (streamSeq: number) => void;
  send: SendCommand;
  /** Why acting on an item is off (the host unreachable, ENDEX, …); null when it is on. Reading always works. */
  locked: string | null;
  roleTitle: (role: string) => string;
  timeOf: (scenarioMs: number) => string;
  onReply: (item: InboxItem) => void;
}

const PRIORITY_KEY = {
  routine: 'station.priorityRoutine',
  priority: 'station.priorityPriority',
  flash: 'station.priorityFlash',
} as const;

/** The role's injects and messages: searchable list on the left, the chosen item channel-styled beside it. */
export function Inbox({ items, opened, onOpen, send, locked, roleTitle, timeOf, onReply }: InboxProps) {
  const t = useTranslate();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<number | null>(null);
  const { busy, refusal, run, clearRefusal } = useCommand(send);
  const shown = useMemo(() => searchInbox(items, query), [items, query]);
  const current = items.find((item) => item.streamSeq === selected) ?? null;
  const unread = items.filter((item) => !opened.has(item.streamSeq)).length;
  const listRef = useRef<HTMLUListElement>(null);
  const readerRef = useRef<HTMLDivElement>(null);

  const acknowledge = async (item: InboxItem) => {
    if (!(await run('inject/acknowledge', { injectId: item.id }))) return;
    // The button goes once the engine has it: focus moves on with the work (the next unread item, or this
    // item's heading when nothing is left unread), never falls to the page's body.
    const next = nextUnread(shown, opened, item.streamSeq);
    const row = next
      ? listRef.current?.querySelector<HTMLElement>(`[data-stream-seq="${next.streamSeq}"]`)
      : null;
    const target = row ?? readerRef.current?.querySelector<HTMLElement>('h3') ?? readerRef.current;
    if (!target) return;
    // A heading takes focus only with a tabindex; -1 keeps it out of the Tab order.
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  };

  const open = (item: InboxItem) => {
    setSelected(item.streamSeq);
    clearRefusal();
    if (!opened.has(item.streamSeq)) onOpen(item.streamSeq);
    // Opening a message is reading it: the sender sees it was read (an engine fact, unlike "opened"). While
    // locked it is only opened here: nothing is queued to be sent later.
    if (item.kind === 'message' && !item.done && locked === null)
      void run('message/read', { messageId: item.id });
  };
  const subjectOf = (messageId: string | null) =>
    messageId
      ? (items.find((item) => item.kind === 'message' && item.id === messageId)?.title ?? messageId)
      : null;
  // An inject the message refers to is named by its title; one that never reached this role is not named.
  const refTitlesOf = (refs: readonly string[]) =>
    refs.map(
      (injectId) =>
        items.find((item) => item.kind === 'inject' && item.id === injectId)?.title ??
        t('channel.injectRefElsewhere'),
    );

  return (
    <section className="station-panel station-inbox" aria-labelledby="station-inbox-title">
      <div className="section-head">
        <h2 id="station-inbox-title">{t('station.inbox')}</h2>
        <span className="muted">{t('station.unreadCount', { count: unread })}</span>
      </div>
      <label className="field">
        <span>{t('station.inboxSearch')}</span>
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      <div className="inbox-columns">
        <ul className="inbox-list" aria-label={t('station.inbox')} ref={listRef}>
          {items.length === 0 ? <li className="muted">{t('station.inboxEmpty')}</li> : null}
          {items.length > 0 && shown.length === 0 ? (
            <li className="muted">{t('station.inboxNoMatch', { query })}</li>
          ) : null}
          {shown.map((item) => {
            const isUnread = !opened.has(item.streamSeq);
            return (
              <li key={item.streamSeq}>
                <button
                  type="button"
                  data-stream-seq={item.streamSeq}
                  className={`inbox-row priority-${item.priority}${isUnread ? ' unread' : ''}${
                    item.streamSeq === selected ? ' selected' : ''
                  }`}
                  aria-current={item.streamSeq === selected ? 'true' : undefined}
                  onClick={() => open(item)}
                >
                  <span className="inbox-row-top">
                    <span className="inbox-channel">{t(`channel.${item.channel}` as 'channel.email')}</span>
                    {item.priority !== 'routine' ? (
                      <span className="inbox-priority">{t(PRIORITY_KEY[item.priority])}</span>
                    ) : null}
                    {isUnread ? <span className="inbox-unread">{t('station.unread')}</span> : null}
                    {item.kind === 'inject' && item.done ? (
                      <span className="inbox-done">{t('station.acknowledged')}</span>
                    ) : null}
                  </span>
                  <span className="inbox-title">{item.title}</span>
                  <span className="inbox-meta muted">
                    {roleTitle(item.from)} · {timeOf(item.scenarioMs)}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        <div className="inbox-reader" ref={readerRef} tabIndex={-1}>
          {current ? (
            <>
              <ChannelItem
                item={current}
                fromTitle={roleTitle(current.from)}
                toTitles={current.to.map(roleTitle)}
                time={timeOf(current.scenarioMs)}
                replyToSubject={subjectOf(current.inReplyTo)}
                injectRefTitles={refTitlesOf(current.injectRefs)}
              />
              <div className="reader-actions">
                {current.kind === 'inject' ? (
                  current.done ? (
                    <span className="status status-ok">{t('station.acknowledged')}</span>
                  ) : (
                    <button
                      type="button"
                      disabled={busy || locked !== null}
                      title={locked ?? undefined}
                      onClick={() => void acknowledge(current)}
                    >
                      {t('station.acknowledge')}
                    </button>
                  )
                ) : (
                  <>
                    {current.done ? <span className="status status-ok">{t('station.read')}</span> : null}
                    <button
                      type="button"
                      className="secondary"
                      disabled={locked !== null}
                      title={locked ?? undefined}
                      onClick={() => onReply(current)}
                    >
                      {t('station.reply')}
                    </button>
                  </>
                )}
              </div>
              {locked !== null && !current.done ? <p className="station-locked muted">{locked}</p> : null}
              {refusal ? (
                <p role="alert" className="station-refusal">
                  {refusal}
                </p>
              ) : null}
            </>
          ) : (
            <p className="muted">{t('station.selectItem')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
