import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { commandLock, rosterTitle, type ExerciseHeading, type StationState } from '../../core/index';
import {
  ExerciseBanner,
  formatInWorld,
  formatScenarioClock,
  NoPlayOverlay,
  type SendCommand,
} from '../components/index';
import { useStationContentWords, wordDecision } from '../content/index';
import { useTranslate, useUiStore } from '../state/index';
import { ComposeMessage } from './ComposeMessage';
import { ControlInjects } from './ControlInjects';
import { CopyNotice } from './CopyNotice';
import { DecisionPanel } from './DecisionPanel';
import { Inbox } from './Inbox';
import { activeNoPlay, inboxItems, type InboxItem } from './inbox-items';
import { stationLockText } from './lock-words';
import { MechanismList } from './MechanismList';
import { hasStarted } from './play-state';
import { StationClock } from './StationClock';
import { recipientsNotCleared } from './marking-reach';
import { markingChoices, playerChoices, recipientChoices } from './roster-words';
import { SentMessages } from './SentMessages';
import { sentItems } from './sent-items';
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
  /** Shown under the banner: the role switcher (one person playing several roles), storage problems. */
  underBanner?: ReactNode;
  /** Replace the station's copy with the host's (offered when the copy is ahead of the host). */
  onReplaceCopy?: () => Promise<void>;
  /** An observer's station (its pass says so): it reads what the role receives and sends nothing. */
  observer?: boolean;
  /** A control station on the room network (its pass says so): it also sends ad-hoc injects. */
  control?: boolean;
}

/**
 * A role's station: inbox, open decisions, compose, mechanisms, under the exercise banner and clock. Every
 * title, recipient and marking comes from the roster in `state`, which the host sends: never from a library.
 */
export function StationScreen(props: StationScreenProps) {
  const { role, roleTitle, state, heading, send, opened, onOpen } = props;
  const readOnly = props.readOnly ?? false;
  const t = useTranslate();
  const language = useUiStore((store) => store.language);
  const { roster } = state;
  const items = useMemo(() => inboxItems(state.events, role), [state.events, role]);
  const noPlay = useMemo(() => activeNoPlay(state.events), [state.events]);
  const notice = useNewItemNotice(items);
  const unread = items.filter((item) => !opened.has(item.streamSeq)).length;
  const [replyTo, setReplyTo] = useState<InboxItem | null>(null);
  const composeRef = useRef<HTMLDivElement>(null);
  // Every player command is locked alike (they share the engine's authority), so one answer serves them all.
  const { copy, unhosted, clock, events } = state;
  const lock = useMemo(
    () => (readOnly ? null : commandLock({ copy, unhosted, clock, events }, 'message/send')),
    [readOnly, copy, unhosted, clock, events],
  );
  // The console has the page's one main landmark; viewed from it, the station's grid is a plain part of it.
  const Main = readOnly ? 'div' : 'main';
  // Before STARTEX the engine takes no player command: nothing is offered, and the station says why.
  const notStarted = useMemo(() => !hasStarted({ clock, events }), [clock, events]);
  const observer = !readOnly && (props.observer ?? false);
  const waitingStart = !readOnly && !observer && lock === null && notStarted;
  const locked = readOnly
    ? t('station.readOnly')
    : observer
      ? t('station.observer')
      : (stationLockText(t, lock) ?? (notStarted ? t('station.lockNotStarted') : null));

  useEffect(() => {
    // The console's "view as role" leaves the console's own title alone.
    if (readOnly) return;
    document.title =
      unread > 0
        ? t('station.documentTitleUnread', { count: unread, role })
        : t('station.documentTitle', { role });
  }, [readOnly, unread, role, t]);

  const recipients = useMemo(() => recipientChoices(roster), [roster]);
  const rolesInPlay = useMemo(() => playerChoices(roster), [roster]);
  const words = useStationContentWords(state.words ?? null);
  // Markings read in the station's language wherever they are offered; the ids stay the values sent.
  const markings = useMemo(
    () =>
      markingChoices(roster).map((marking) =>
        words ? { ...marking, title: words.marking(marking.id) } : marking,
      ),
    [roster, words],
  );
  const decisions = useMemo(
    () => state.openDecisions.map((decision) => wordDecision(decision, words)),
    [state.openDecisions, words],
  );
  const sent = useMemo(() => sentItems(state.events, role), [state.events, role]);
  const notCleared = (marking: string, to: readonly string[]) =>
    recipientsNotCleared(roster, marking, to)?.map((id) => rosterTitle(roster, id)) ?? null;
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
      {/* Inside the console ("view as role") the console's banner and language picker are the only ones. */}
      {readOnly ? null : (
        <ExerciseBanner
          marking={heading?.marking}
          context={t('station.context', { role: roleTitle, exercise: heading?.name ?? '' })}
        />
      )}
      {props.underBanner}
      <StationClock clock={state.clock} heading={heading} />
      {!state.hostOnline && state.unhosted === null ? (
        <p className="station-offline" role="status">
          <strong>{t('station.offline')}</strong>
          {readOnly || observer ? null : ` ${t('station.offlineQueue')}`}
          {!readOnly && state.pending.length > 0
            ? ` (${t('station.queued', { count: state.pending.length })})`
            : null}
        </p>
      ) : null}
      {readOnly ? <p className="station-readonly">{t('station.readOnly')}</p> : null}
      {observer ? (
        <p className="station-readonly" role="status">
          {t('station.observer')}
        </p>
      ) : null}
      {(lock && lock.kind !== 'ahead' && !observer) || waitingStart ? (
        <p className="station-lock" role="status">
          {locked}
        </p>
      ) : null}
      {readOnly ? null : (
        <CopyNotice copy={copy} pending={state.pending.length} onReplace={props.onReplaceCopy} />
      )}
      {state.refusal ? (
        <p className="station-refusal" role="alert">
          {t('station.hostRefusal', { reason: state.refusal })}
        </p>
      ) : null}
      <div className={`station-notice${notice?.urgent ? ' urgent' : ''}`} role="status" aria-live="polite">
        {notice?.text ?? ''}
      </div>
      <Main className="station-grid">
        <Inbox
          items={items}
          opened={opened}
          onOpen={onOpen}
          send={send}
          locked={locked}
          roleTitle={(id) => rosterTitle(roster, id)}
          timeOf={timeOf}
          onReply={reply}
        />
        <div className="station-side">
          {props.control && !readOnly ? (
            <ControlInjects
              roster={roster}
              send={send}
              locked={stationLockText(t, commandLock({ copy, unhosted, clock, events }, 'inject/send-adhoc'))}
            />
          ) : null}
          <DecisionPanel
            role={role}
            decisions={decisions}
            events={state.events}
            roster={roster}
            roles={rolesInPlay}
            markings={markings}
            send={send}
            locked={locked}
            notStarted={notStarted}
            timeOf={timeOf}
          />
          <MechanismList mechanisms={state.mechanisms} words={words} />
          <div ref={composeRef}>
            <ComposeMessage
              recipients={recipients}
              markings={markings}
              items={items}
              replyTo={replyTo}
              send={send}
              locked={locked}
              notCleared={notCleared}
            />
          </div>
          <SentMessages items={sent} roleTitle={(id) => rosterTitle(roster, id)} timeOf={timeOf} />
        </div>
      </Main>
      {/* Viewed from the console, the notice covers this station only, not the console's own Lift NO PLAY. */}
      {noPlay !== null ? <NoPlayOverlay notice={noPlay} contained={readOnly} /> : null}
    </div>
  );
}
