import { roleTitleIn, type ExerciseReadModels } from '../../core/index';

export interface ExchangeCell {
  messages: number;
  injects: number;
}

/**
 * The Coordination matrix, organisation × organisation, read from the exchange graph: messages and injects
 * delivered (sender's organisation → recipient's), with the decisions each organisation took that still
 * stand. Rows are the organisations that sent or decided something, columns those that received something:
 * simulated senders such as the press never receive, and would only widen the matrix.
 */
export interface CoordinationMatrixView {
  senders: string[];
  receivers: string[];
  cell(fromOrg: string, toOrg: string): ExchangeCell;
  decisions: ReadonlyMap<string, number>;
  /**
   * Per organisation, the control roles (titles) that took standing decisions for its bodies the scenario
   * does not play (the white cell for the NAC): those decisions count as the organisation's, credited here.
   */
  playedBy: ReadonlyMap<string, readonly string[]>;
  nameOf(organisation: string): string;
}

/**
 * The matrix now, or (`asOfSeq`) as it stood once that event was applied: the review's scrubber reads the
 * exchange graph's counts at that point and the decisions taken, and not yet voided, by then.
 */
export function coordinationMatrix(models: ExerciseReadModels, asOfSeq?: number): CoordinationMatrixView {
  const { parties } = models;
  const cells = new Map<string, ExchangeCell>();
  const sent = new Set<string>();
  const received = new Set<string>();
  const upTo = asOfSeq ?? Number.MAX_SAFE_INTEGER;
  for (const { fromOrg, toOrg, messages, injects } of models.exchange.organisationPairs(asOfSeq)) {
    if (messages + injects === 0) continue;
    cells.set(`${fromOrg}|${toOrg}`, { messages, injects });
    sent.add(fromOrg);
    received.add(toOrg);
  }
  const decisions = new Map<string, number>();
  const players = new Map<string, Set<string>>();
  for (const decision of models.history.decisions()) {
    // Decisions are kept in the order taken.
    if (decision.seq > upTo) break;
    if (decision.voided && decision.voided.seq <= upTo) continue;
    const organisation = parties.organisationOf(decision.role);
    decisions.set(organisation, (decisions.get(organisation) ?? 0) + 1);
    sent.add(organisation);
    if (decision.playedBy !== null && !parties.isInPlay(decision.role)) {
      let set = players.get(organisation);
      if (!set) players.set(organisation, (set = new Set()));
      set.add(roleTitleIn(models.content, decision.playedBy));
    }
  }
  const playedBy = new Map([...players].map(([organisation, set]) => [organisation, [...set].sort()]));
  const ordered = (organisations: Set<string>) =>
    [...organisations].sort((a, b) => parties.nameOf(a).localeCompare(parties.nameOf(b)));
  return {
    senders: ordered(sent),
    receivers: ordered(received),
    cell: (fromOrg, toOrg) => cells.get(`${fromOrg}|${toOrg}`) ?? { messages: 0, injects: 0 },
    decisions,
    playedBy,
    nameOf: parties.nameOf,
  };
}
