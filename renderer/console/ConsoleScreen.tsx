import { useState, type KeyboardEvent } from 'react';
import { ExerciseBanner } from '../components/index';
import { useHostVersion, type EngineHost } from '../host/index';
import { useTranslate } from '../state/index';
import { CoordinationPanel, ExpectedActionsPanel, PlaybookBoard } from './board/index';
import { ClockBar } from './ClockBar';
import { MselPanel } from './msel/index';
import { StationsPanel } from './StationsPanel';
import './console.css';

const TABS = ['msel', 'board', 'coordination', 'expected', 'stations'] as const;
type Tab = (typeof TABS)[number];

function TabContent({ tab, host }: { tab: Tab; host: EngineHost }) {
  switch (tab) {
    case 'msel':
      return <MselPanel host={host} />;
    case 'board':
      return <PlaybookBoard host={host} />;
    case 'coordination':
      return <CoordinationPanel host={host} />;
    case 'expected':
      return <ExpectedActionsPanel host={host} />;
    case 'stations':
      return <StationsPanel host={host} />;
  }
}

/** The controller's console: the clock always on top, then one view at a time. */
export function ConsoleScreen({ host }: { host: EngineHost }) {
  const t = useTranslate();
  useHostVersion(host);
  const [tab, setTab] = useState<Tab>('msel');
  const heading = host.engine.heading();
  const ended = host.engine.state.clock.status === 'ended';
  const history = host.historyProgress();

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
        {history ? (
          <p role="status" className="read-only-bar">
            {t('console.readingHistory', { loaded: history.loaded, total: history.total })}
          </p>
        ) : null}
        {host.readOnly ? <p className="read-only-bar">{t('console.readOnly')}</p> : null}
        {ended ? <p className="read-only-bar">{t('console.ended')}</p> : null}
        {host.error ? (
          <p role="alert" className="problems">
            {t('common.storageError', { message: host.error })}{' '}
            <button type="button" onClick={() => host.dismissError()}>
              {t('common.dismiss')}
            </button>
          </p>
        ) : null}
        {host.engine.state.noPlay ? (
          <p role="status" className="no-play-bar">
            {t('console.noPlayActive')}
          </p>
        ) : null}
        <ClockBar host={host} />
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
          <TabContent tab={tab} host={host} />
        </div>
      </main>
    </>
  );
}
