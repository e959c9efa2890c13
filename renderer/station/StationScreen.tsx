import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ExerciseHeading } from '../../core/index';
import type { StationState } from '../../core/index';
import {
  ExerciseBanner,
  formatInWorld,
  formatScenarioClock,
  NoPlayOverlay,
  type SendCommand,
} from '../components/index';
import { useTranslate, useUiStore } from '../state/index';
import { ComposeMessage } from './ComposeMessage';
import { DecisionPanel } from './DecisionPanel';
import { Inbox } from './Inbox';
import { activeNoPlay, inboxItems, type InboxItem } from './inbox-items';
import { MechanismList } from './MechanismList';
import { StationClock } from './StationClock';
import { bundledStationContent, recipientRoles, roleTitleIn, type StationContent } from './station-content';
import { useNewItemNotice } from './use-new-item-notice';
import './station.css';

export interface StationScreenProps {
  role: string;
  roleTitle: string;
  state: StationState;
  heading: ExerciseHeading | null;
  send: SendCommand;
  /** "View as role" at the console: shows exactly the station, acts on nothing. */
  readOnly?: boolean;
  opened: ReadonlySet<number>;
  onOpen: (streamSeq: number) => void;
  /** The exercise's playbook and scenario; the bundled ones matching the heading when not given. */
  content?: StationContent;
  /** Shown under the banner: the role switcher (one person playing several roles), storage problems. */
  underBanner?: ReactNode;
}

/** A role's station: inbox, open decisions, compose, mechanisms, under the exercise banner and clock. */
export function StationScreen(props: StationScreenProps) {
  const { role, roleTitle, state, heading, send, opened, onOpen } = props;
  const readOnly = props.readOnly ?? false;
  const t = useTranslate();
  const language = useUiStore((store) => store.language);
  const content = useMemo(() => props.content ?? bundledStationContent(heading), [props.content, heading]);
  const items = useMemo(() => inboxItems(state.events, role), [state.events, role]);
  const noPlay = useMemo(() => activeNoPlay(state.events), [state.events]);
  const notice = useNewItemNotice(items);
  const unread = items.filter((item) => !opened.has(item.streamSeq)).length;
  const [replyTo, setReplyTo] = useState<InboxItem | null>(null);
  const composeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The console's "view as role" leaves the console's own title alone.
    if (readOnly) return;
    document.title =
      unread > 0
        ? t('station.documentTitleUnread', { count: unread, role })
        : t('station.documentTitle', { role });
  }, [readOnly, unread, role, t]);

  const recipients = useMemo(() => recipientRoles(content, role), [content, role]);
  // A decision's role field may name any role in play, this one included.
  const rolesInPlay = useMemo(() => recipientRoles(content, ''), [content]);
  const markings = useMemo(
    () => content.playbook.markings.map((marking) => ({ id: marking.id, title: marking.title })),
    [content],
  );
  const timeOf = (ms: number) =>
    heading
      ? `${formatInWorld(heading.start, ms, language)} (${formatScenarioClock(ms)})`
      : formatScenarioClock(ms);
  const reply = (item: InboxItem) => {
    setReplyTo(item);
    composeRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  };

  return (
    <div className="station">
      <ExerciseBanner
        marking={heading?.marking}
        context={t('station.context', { role: roleTitle, exercise: heading?.name ?? '' })}
      />
      {props.underBanner}
      <StationClock clock={state.clock} heading={heading} />
      {!state.hostOnline ? (
        <p className="station-offline" role="status">
          {t('station.offline')}
        </p>
      ) : null}
      {readOnly ? <p className="station-readonly">{t('station.readOnly')}</p> : null}
      {state.refusal ? (
        <p className="station-refusal" role="alert">
          {t('station.hostRefusal', { reason: state.refusal })}
        </p>
      ) : null}
      <div className={`station-notice${notice?.urgent ? ' urgent' : ''}`} role="status" aria-live="polite">
        {notice?.text ?? ''}
      </div>
      <main className="station-grid">
        <Inbox
          items={items}
          opened={opened}
          onOpen={onOpen}
          send={send}
          readOnly={readOnly}
          roleTitle={(id) => roleTitleIn(content, id)}
          timeOf={timeOf}
          onReply={reply}
        />
        <div className="station-side">
          <DecisionPanel
            role={role}
            decisions={state.openDecisions}
            mechanisms={state.mechanisms}
            events={state.events}
            content={content}
            date={heading ? heading.start.date.slice(0, 10) : null}
            roles={rolesInPlay}
            send={send}
            readOnly={readOnly}
            timeOf={timeOf}
          />
          <MechanismList mechanisms={state.mechanisms} />
          <div ref={composeRef}>
            <ComposeMessage
              recipients={recipients}
              markings={markings}
              items={items}
              replyTo={replyTo}
              send={send}
              readOnly={readOnly}
            />
          </div>
        </div>
      </main>
      {noPlay !== null ? <NoPlayOverlay notice={noPlay} /> : null}
    </div>
  );
}
