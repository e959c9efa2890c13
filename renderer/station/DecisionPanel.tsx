import { useMemo, useRef, useState } from 'react';
import type { OpenDecision, StationDecision, StationEvent, StationRoster } from '../../core/index';
import type { SendCommand } from '../components/index';
import { useTranslate } from '../state/index';
import { DecisionForm } from './DecisionForm';
import { takenDecisions } from './inbox-items';
import { decisionTitle, type Choice } from './roster-words';

export interface DecisionPanelProps {
  role: string;
  decisions: readonly StationDecision[];
  events: readonly StationEvent[];
  roster: StationRoster | null;
  roles: readonly Choice[];
  markings: readonly Choice[];
  send: SendCommand;
  /** Why taking decisions is off (the host unreachable, ENDEX, …); null when it is on. */
  locked: string | null;
  /** Before STARTEX no decision is offered: the engine would refuse it. */
  notStarted?: boolean;
  timeOf: (scenarioMs: number) => string;
}

/** With more open decisions than this, each shows folded (its title) until the participant opens it. */
const FOLDED_ABOVE = 3;

const keyOf = (decision: OpenDecision) =>
  `${decision.machine}-${decision.instance ?? (decision.newCase ? 'new' : 'one')}-${decision.event}`;

/**
 * Exactly the role's open decisions (from its StationView, each with what it does, worded by the host), and
 * the decisions it has taken, titled from the roster.
 */
export function DecisionPanel(props: DecisionPanelProps) {
  const { role, decisions, events, roster, markings, send, locked, timeOf } = props;
  const t = useTranslate();
  const [taken, setTaken] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form taken may leave the list: focus stays with the decisions (the panel's heading, the "taken"
  // line read out under it), never falls to the page's body.
  const onTaken = (title: string) => {
    setTaken(title);
    headingRef.current?.focus();
  };
  const history = useMemo(() => takenDecisions(events, role), [events, role]);

  return (
    <section className="station-panel station-decisions" aria-labelledby="station-decisions-title">
      <h2 id="station-decisions-title" ref={headingRef} tabIndex={-1}>
        {t('station.decisions')}
      </h2>
      <p className="visually-hidden" aria-live="polite">
        {taken ? t('station.decisionTaken', { title: taken }) : ''}
      </p>
      {taken ? <p className="status status-ok">{t('station.decisionTaken', { title: taken })}</p> : null}
      {props.notStarted ? <p className="muted">{t('station.decisionsNotStarted')}</p> : null}
      {!props.notStarted && decisions.length === 0 ? (
        <p className="muted">{t('station.decisionsEmpty')}</p>
      ) : null}
      {(props.notStarted ? [] : decisions).map((decision) => {
        const key = keyOf(decision);
        return (
          <DecisionForm
            key={key}
            formId={`decision-${key}`}
            decision={decision}
            consequences={decision.consequences}
            instanceLabel={decision.caseLabel}
            roles={props.roles}
            markings={markings}
            send={send}
            locked={locked}
            onTaken={onTaken}
            initiallyOpen={decisions.length <= FOLDED_ABOVE}
          />
        );
      })}
      <h3>{t('station.takenDecisions')}</h3>
      {history.length === 0 ? <p className="muted">{t('station.takenEmpty')}</p> : null}
      <ul className="taken-decisions">
        {history.map((decision) => (
          <li key={decision.streamSeq}>
            <strong>{decisionTitle(roster, decision.machine, decision.event)}</strong>
            {decision.instance ? ` — ${t('station.decisionCase', { instance: decision.instance })}` : ''}{' '}
            <span className="muted">{t('station.takenAt', { time: timeOf(decision.scenarioMs) })}</span>
            {decision.rationale ? <p className="taken-rationale">{decision.rationale}</p> : null}
            {decision.voidedReason !== null ? (
              <p className="station-refusal">{t('station.voided', { reason: decision.voidedReason })}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
