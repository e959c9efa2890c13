import { useMemo, useRef, useState } from 'react';
import { useTranslate } from '../../state/index';
import type { ConsoleProps } from '../console-props';
import { playLock } from '../play-lock';
import { AdhocCompose } from './AdhocCompose';
import type { InjectDraft } from '../../../core/index';
import { MselDetails } from './MselDetails';
import { MselFilters } from './MselFilters';
import { MselGrid } from './MselGrid';
import { filterRows, NO_FILTER } from './msel-filter';
import { SimulatedInbox } from './SimulatedInbox';
import { useMselWorld, type MselWorld } from './use-msel-world';
import './msel.css';

/** A blank ad-hoc inject: from the first simulated role (the usual sender), with the most open marking. */
function blankDraft(world: MselWorld): InjectDraft {
  return {
    title: '',
    text: '',
    from: world.roles.find((role) => world.simulated.has(role)) ?? world.roles[0] ?? '',
    to: [],
    channel: world.channels[0] ?? 'email',
    marking: world.markings[0] ?? '',
    priority: 'routine',
  };
}

/** The controller console's MSEL timeline: every inject, filterable, with its actions and ad-hoc injects. */
export function MselPanel({ view, send }: ConsoleProps) {
  const t = useTranslate();
  const world = useMselWorld(view);
  const [filter, setFilter] = useState(NO_FILTER);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [compose, setCompose] = useState<{ key: number; draft: InjectDraft } | null>(null);
  const rows = useMemo(() => filterRows(world.rows, filter), [world.rows, filter]);
  const open = openId ? world.rows.find((row) => row.id === openId) : undefined;
  const startCompose = (draft: InjectDraft) => setCompose({ key: Date.now(), draft });
  const locked = playLock(view, t);
  const section = useRef<HTMLElement>(null);
  // Closing the details gives the keyboard back to the grid, on the row they were opened from.
  const closeDetails = () => {
    setOpenId(null);
    section.current?.querySelector<HTMLElement>('[role="grid"]')?.focus();
  };

  return (
    <section ref={section} aria-labelledby="msel-heading" className="msel">
      <div className="section-head">
        <h2 id="msel-heading">{t('msel.heading')}</h2>
        <span className="muted" role="status">
          {t('msel.count', { shown: rows.length, total: world.rows.length })}
        </span>
        <button
          type="button"
          disabled={locked !== null}
          aria-describedby={locked ? 'msel-locked' : undefined}
          onClick={() => startCompose(blankDraft(world))}
        >
          {t('msel.compose.open')}
        </button>
        {locked ? (
          <span id="msel-locked" className="muted">
            {locked}
          </span>
        ) : null}
      </div>
      {compose && !locked ? (
        <AdhocCompose
          key={compose.key}
          view={view}
          send={send}
          world={world}
          initial={compose.draft}
          onClose={() => setCompose(null)}
          onSent={(injectId) => {
            setCompose(null);
            setFilter(NO_FILTER);
            setSelectedId(injectId);
            setOpenId(injectId);
          }}
        />
      ) : null}
      <MselFilters
        filter={filter}
        onChange={setFilter}
        roles={world.roles}
        mechanisms={world.mechanisms}
        channels={world.channels}
        mechanism={world.mechanism}
        roleTitle={world.roleTitle}
      />
      <p className="muted msel-keys">{t('msel.keys')}</p>
      <div className="msel-columns">
        <MselGrid
          rows={rows}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onOpen={setOpenId}
          names={world.names}
        />
        <div className="msel-side">
          {open ? (
            <MselDetails
              key={open.id}
              view={view}
              send={send}
              row={open}
              world={world}
              locked={locked}
              onClose={closeDetails}
              onCompose={startCompose}
            />
          ) : (
            <p className="muted">{t('msel.details.none')}</p>
          )}
          <SimulatedInbox world={world} disabled={locked !== null} onReply={startCompose} />
        </div>
      </div>
    </section>
  );
}
