import type { ExerciseReadModels } from '../../../core/index';

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
  nameOf(organisation: string): string;
}

export function coordinationMatrix(models: ExerciseReadModels): CoordinationMatrixView {
  const { parties } = models;
  const cells = new Map<string, ExchangeCell>();
  const sent = new Set<string>();
  const received = new Set<string>();
  for (const { fromOrg, toOrg, messages, injects } of models.exchange.organisationPairs()) {
    if (messages + injects === 0) continue;
    cells.set(`${fromOrg}|${toOrg}`, { messages, injects });
    sent.add(fromOrg);
    received.add(toOrg);
  }
  const decisions = new Map<string, number>();
  for (const decision of models.history.decisions()) {
    if (decision.voided) continue;
    const organisation = parties.organisationOf(decision.role);
    decisions.set(organisation, (decisions.get(organisation) ?? 0) + 1);
    sent.add(organisation);
  }
  const ordered = (organisations: Set<string>) =>
    [...organisations].sort((a, b) => parties.nameOf(a).localeCompare(parties.nameOf(b)));
  return {
    senders: ordered(sent),
    receivers: ordered(received),
    cell: (fromOrg, toOrg) => cells.get(`${fromOrg}|${toOrg}`) ?? { messages: 0, injects: 0 },
    decisions,
    nameOf: parties.nameOf,
  };
}
