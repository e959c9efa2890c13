import type { LoggedAt } from './logged-at';

/** What travelled: a role's message, a scripted inject, or a product shared over the EU–NATO link. */
export type ExchangeKind = 'message' | 'inject' | 'product';

/** One kind of traffic from one organisation to another under one marking. */
export interface ExchangeEdge {
  kind: ExchangeKind;
  fromOrg: string;
  toOrg: string;
  fromSide: string;
  toSide: string;
  marking: string | null;
  delivered: number;
  blocked: number;
}

/**
 * The EU↔NATO figures (docs/metrics.md defines them): `exchanges` is what participants passed across the
 * line, messages (once each) plus link products that crossed; `blocked` what markings stopped at it;
 * `scriptedInjects` the scenario's injects that crossed it, counted apart because control wrote them.
 */
export interface EuNatoFigures {
  exchanges: number;
  messages: number;
  products: number;
  blocked: number;
  scriptedInjects: number;
}

/** Messages delivered and read between two organisations under one marking, with the read latencies. */
export interface SharingRow {
  fromOrg: string;
  toOrg: string;
  marking: string;
  delivered: number;
  scenarioMs: number[];
  wallMs: number[];
}

/** What one organisation delivered to another, by kind, and what of it was blocked. */
export interface OrganisationPair {
  fromOrg: string;
  toOrg: string;
  fromSide: string;
  toSide: string;
  messages: number;
  injects: number;
  products: number;
  blocked: number;
}

/**
 * One exchange across the EU–NATO line, when it happened: what it was, between which organisations (a link
 * product goes to the other side as a whole), under which marking, and whether the marking let it through.
 */
export interface EuNatoCrossing extends LoggedAt {
  kind: ExchangeKind;
  fromOrg: string;
  toOrg: string;
  marking: string | null;
  outcome: 'delivered' | 'blocked';
  /** A link product whose decision control voided afterwards: it no longer counts. */
  voided: boolean;
}
