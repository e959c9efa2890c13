import type { KeyboardEvent, ReactNode } from 'react';
import { ExerciseBanner } from '../components/index';
import { useTranslate } from '../state/index';
import { CoordinationPanel, ExpectedActionsPanel, PlaybookBoard } from './board/index';
import { ClockBar } from './ClockBar';
import { ConsoleReview } from './ConsoleReview';
import { EndexSeal } from './EndexSeal';
import type { ReviewHost } from './review-host';
import type { ConsoleProps, SendAs } from './console-props';
import { MselPanel } from './msel/index';
import type { StationAccessSource } from './lan/index';
import { CONSOLE_VIEWS as TABS, useRememberedView, type ConsoleView as Tab } from './remembered-view';
import { StationReadiness } from './StationReadiness';
import { StationsPanel } from './StationsPanel';
import { useViewVersion } from './use-view-version';
import './console.css';

function TabContent({
  tab,
  view,
  send,
  sendAs,
  access,
  reviewHost,
}: ConsoleProps & {
  tab: Tab;
  sendAs: SendAs;
  access?: StationAccessSource | undefined;
  reviewHost?: ReviewHost | undefined;
}) {
  switch (tab) {
    case 'msel':
      return <MselPanel view={view} send={send} />;
    case 'board':
      return <PlaybookBoard view={view} send={send} />;
    case 'coordination':
      return <CoordinationPanel view={view} />;
    case 'expected':
      return <ExpectedActionsPanel view={view} send={send} />;
    case 'stations':
      return <StationsPanel view={view} send={send} sendAs={sendAs} access={access} />;
    case 'review':
      return <ConsoleReview view={view} send={send} host={reviewHost} />;
  }
}

/** The controller's console: the clock always on top, then one view at a time. */
export function ConsoleScreen({
  view,
  send,
  sendAs,
  onDismissError,
  notice = null,
  access,
  reviewHost,
}: ConsoleProps & {
  /** Sends as EXCON acting as a role: the stations tab's "take a decision for a role". */
  sendAs: SendAs;
  /** The controller has read the problem the host reported; a new one shows again. */
  onDismissError: () => void;
  /** What the console did with this browser's copy, shown under the clock bar. */
  notice?: ReactNode;
  /** The host's station access (the Stations tab's room-network panel); absent, the panel is not shown. */
  access?: StationAccessSource;
  /** The host's other exercises and branches, for the review (absent: compare with files only, no branches). */
  reviewHost?: ReviewHost;
}) {
  const t = useTranslate();
  useViewVersion(view);
  // The open view survives a reload of the tab (remembered per exercise).
  const [tab, setTab] = useRememberedView(view.state.exerciseId);
  const heading = view.heading();
  const ended = view.state.clock.status === 'ended';
  const endexSeq = ended ? view.events.findLast((event) => event.type === 'exercise.ended')?.seq : undefined;
  const history = view.historyProgress();

  // Arrow keys move between tabs, as the WAI-ARIA tabs pattern expects.
  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] as Tab;
    setTab(next);
    document.getElementById(`console-tab-${next}`)?.focus();
  };

  return (
    <>
      <ExerciseBanner marking={heading.marking} context={`${t('console.title')} — ${heading.name}`} />
      <main className="console">
        <nav className="console-nav" aria-label={t('console.nav')}>
          <a href="#/">{t('console.backHome')}</a>
        </nav>
        {history ? (
          <p role="status" className="read-only-bar">
            {t('console.readingHistory', { loaded: history.loaded, total: history.total })}
          </p>
        ) : null}
        {view.readOnly ? (
          <p role="status" className="read-only-bar">
            {t('console.readOnly', { reason: view.readOnlyReason ?? '' })}
          </p>
        ) : null}
        {ended ? <p className="read-only-bar">{t('console.ended')}</p> : null}
        {ended && reviewHost && endexSeq !== undefined ? (
          <EndexSeal exerciseId={view.state.exerciseId} endexSeq={endexSeq} seal={reviewHost.seal} />
        ) : null}
        {view.error ? (
          <p role="alert" className="problems">
            {t('common.storageError', { message: view.error })}{' '}
            <button type="button" onClick={onDismissError}>
              {t('common.dismiss')}
            </button>
          </p>
        ) : null}
        {view.state.noPlay ? (
          <p role="status" className="no-play-bar">
            {t('console.noPlayActive')}
          </p>
        ) : null}
        <ClockBar view={view} send={send} />
        {notice}
        <StationReadiness view={view} />
        <div role="tablist" aria-label={t('console.tabs')} className="tabs" onKeyDown={onTabKey}>
          {TABS.map((name) => (
            <button
              key={name}
              id={`console-tab-${name}`}
              type="button"
              role="tab"
              aria-selected={tab === name}
              aria-controls={`console-panel-${name}`}
              tabIndex={tab === name ? 0 : -1}
              className={tab === name ? 'tab active' : 'tab'}
              onClick={() => setTab(name)}
            >
              {t(`console.tab.${name}`)}
            </button>
          ))}
        </div>
        <div
          role="tabpanel"
          id={`console-panel-${tab}`}
          aria-labelledby={`console-tab-${tab}`}
          className="tab-panel"
        >
          <TabContent
            tab={tab}
            view={view}
            send={send}
            sendAs={sendAs}
            access={access}
            reviewHost={reviewHost}
          />
        </div>
      </main>
    </>
  );
}
