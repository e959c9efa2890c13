import type { LoadedContent } from '../engine/index';
import type { EventOf, ExerciseEvent } from '../ports/index';
import { loggedAt, type LoggedAt } from './logged-at';
import { EU_SIDE, exerciseParties, NATO_SIDE, type ExerciseParties } from './exercise-parties';

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

const DELIVERED_AS = { message: 'messages', inject: 'injects', product: 'products' } as const;

/** The receiving party of a product shared over the link: the other side as a whole. */
export const sideParty = (side: string) => `side:${side}`;

interface Product {
  edge: ExchangeEdge;
  crossed: boolean;
  marking: string | null;
}

/**
 * The exchange graph, folded one event at a time: who sent what to whom — messages, injects, products shared
 * over the EU–NATO link — across which organisations and sides, under which marking, and what was blocked.
 * A voided link product is taken off again. The console's Coordination tab, the evaluator and the metrics
 * all read it.
 */
export class ExchangeGraph {
  readonly parties: ExerciseParties;
  private readonly edgesByKey = new Map<string, ExchangeEdge>();
  private readonly injectSenders = new Map<string, string>();
  private readonly euNatoMessages = new Set<string>();
  /** Link products by the decision that shared them (voiding it takes them off again). */
  private readonly products = new Map<string, Product[]>();
  /** The decision being applied: the events a command appends after its decision are its consequences. */
  private lastDecision: EventOf<'decision.taken'> | null = null;
  private readonly figures: EuNatoFigures = {
    exchanges: 0,
    messages: 0,
    products: 0,
    blocked: 0,
    scriptedInjects: 0,
  };
  private readonly blocked = new Map<string, number>();
  private readonly sharing = new Map<string, SharingRow>();
  private readonly unread = new Map<string, { at: LoggedAt; row: SharingRow }>();

  constructor(
    private readonly content: LoadedContent,
    parties: ExerciseParties = exerciseParties(content),
  ) {
    this.parties = parties;
  }

  apply(event: ExerciseEvent): void {
    switch (event.type) {
      case 'inject.released':
        this.injectSenders.set(event.payload.injectId, event.payload.content.from);
        break;
      case 'inject.delivered': {
        const { content, role } = event.payload;
        this.edge('inject', content.from, role, content.marking).delivered += 1;
        if (this.parties.crossesEuNato(content.from, role)) this.figures.scriptedInjects += 1;
        break;
      }
      case 'inject.blocked': {
        const from = this.injectSenders.get(event.payload.injectId) ?? 'unknown';
        this.block('inject', from, event.payload.role, event.payload.marking);
        break;
      }
      case 'message.delivered':
        this.messageDelivered(event);
        break;
      case 'message.blocked':
        this.block('message', event.payload.from, event.payload.role, event.payload.marking);
        break;
      case 'message.read': {
        const key = `${event.payload.messageId}|${event.payload.role}`;
        const delivery = this.unread.get(key);
        if (!delivery) break;
        this.unread.delete(key);
        delivery.row.scenarioMs.push(event.scenarioMs - delivery.at.scenarioMs);
        delivery.row.wallMs.push(event.wallMs - delivery.at.wallMs);
        break;
      }
      case 'decision.taken':
        this.lastDecision = event;
        if (this.declared(event.payload.machine, event.payload.event)?.exchange === 'eu-nato')
          this.productShared(event);
        break;
      case 'mechanism.transitioned':
        this.productRouted(event);
        break;
      case 'decision.voided':
        this.productVoided(event.payload.decisionId);
        break;
      default:
        break;
    }
  }

  /** Every edge with traffic, in a stable order (kind, organisations, marking). */
  edges(): ExchangeEdge[] {
    return [...this.edgesByKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, edge]) => edge);
  }

  /**
   * The traffic between each two organisations (the same organisation on both ends included): messages,
   * scripted injects and link products delivered, and everything blocked, in a stable order.
   */
  organisationPairs(): OrganisationPair[] {
    const pairs = new Map<string, OrganisationPair>();
    for (const edge of this.edges()) {
      const key = `${edge.fromOrg}|${edge.toOrg}`;
      let pair = pairs.get(key);
      if (!pair) {
        pair = {
          fromOrg: edge.fromOrg,
          toOrg: edge.toOrg,
          fromSide: edge.fromSide,
          toSide: edge.toSide,
          messages: 0,
          injects: 0,
          products: 0,
          blocked: 0,
        };
        pairs.set(key, pair);
      }
      pair[DELIVERED_AS[edge.kind]] += edge.delivered;
      pair.blocked += edge.blocked;
    }
    return [...pairs.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, pair]) => pair);
  }

  euNato(): EuNatoFigures {
    return { ...this.figures };
  }

  /** Deliveries and link products blocked, per marking. */
  blockedByMarking(): Record<string, number> {
    return Object.fromEntries([...this.blocked.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /** Information-sharing rows: messages delivered → read, per sending and receiving organisation and marking. */
  sharingRows(): SharingRow[] {
    return [...this.sharing.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row);
  }

  private messageDelivered(event: EventOf<'message.delivered'>): void {
    const { from, role, marking, messageId } = event.payload;
    this.edge('message', from, role, marking).delivered += 1;
    if (this.parties.crossesEuNato(from, role) && !this.euNatoMessages.has(messageId)) {
      this.euNatoMessages.add(messageId);
      this.figures.messages += 1;
      this.figures.exchanges += 1;
    }
    const fromOrg = this.parties.organisationOf(from);
    const toOrg = this.parties.organisationOf(role);
    const key = `${fromOrg}|${toOrg}|${marking}`;
    let row = this.sharing.get(key);
    if (!row)
      this.sharing.set(key, (row = { fromOrg, toOrg, marking, delivered: 0, scenarioMs: [], wallMs: [] }));
    row.delivered += 1;
    this.unread.set(`${messageId}|${role}`, { at: loggedAt(event), row });
  }

  private block(kind: ExchangeKind, fromRole: string, toRole: string, marking: string): void {
    this.edge(kind, fromRole, toRole, marking).blocked += 1;
    this.countBlocked(marking, 1);
    if (this.parties.crossesEuNato(fromRole, toRole)) this.figures.blocked += 1;
  }

  private declared(machine: string, event: string) {
    return this.content.playbook.mechanisms.get(machine)?.events[event];
  }

  /**
   * An event the playbook marks as an EU–NATO exchange that a route set off (an alert between the StratCom
   * teams): shared by the decision whose command it followed, under that decision's marking.
   */
  private productRouted(event: EventOf<'mechanism.transitioned'>): void {
    const { cause, machine, event: name } = event.payload;
    if (cause.kind !== 'route' || name === null || this.declared(machine, name)?.exchange !== 'eu-nato')
      return;
    const origin = this.lastDecision;
    if (origin && event.commandId !== null && origin.commandId === event.commandId)
      this.productShared(origin);
  }

  /** A link product shared by a decision of a role on either side: it crosses when its marking may. */
  private productShared(decision: EventOf<'decision.taken'>): void {
    const { machine, event: name, fields, decisionId } = decision.payload;
    const role = decision.actor?.actingAs ?? decision.actor?.role ?? '';
    const side = this.parties.sideOf(role);
    if (side !== EU_SIDE && side !== NATO_SIDE) return;
    const markingField = this.declared(machine, name)?.fields?.find((field) => field.type === 'marking');
    const value = markingField ? fields[markingField.name] : undefined;
    const marking = typeof value === 'string' ? value : null;
    const crossed = marking === null || this.parties.markingCrossesEuNato(marking);
    const fromOrg = this.parties.organisationOf(role);
    const otherSide = side === EU_SIDE ? NATO_SIDE : EU_SIDE;
    const edge = this.edgeBetween('product', fromOrg, side, sideParty(otherSide), otherSide, marking);
    const shared = this.products.get(decisionId) ?? [];
    shared.push({ edge, crossed, marking });
    this.products.set(decisionId, shared);
    this.countProduct(edge, crossed, marking, 1);
  }

  private productVoided(decisionId: string): void {
    for (const product of this.products.get(decisionId) ?? [])
      this.countProduct(product.edge, product.crossed, product.marking, -1);
    this.products.delete(decisionId);
  }

  private countProduct(edge: ExchangeEdge, crossed: boolean, marking: string | null, by: 1 | -1): void {
    if (crossed) {
      edge.delivered += by;
      this.figures.products += by;
      this.figures.exchanges += by;
    } else {
      edge.blocked += by;
      this.figures.blocked += by;
      if (marking !== null) this.countBlocked(marking, by);
    }
  }

  private countBlocked(marking: string, by: number): void {
    const count = (this.blocked.get(marking) ?? 0) + by;
    if (count === 0) this.blocked.delete(marking);
    else this.blocked.set(marking, count);
  }

  private edge(kind: ExchangeKind, fromRole: string, toRole: string, marking: string): ExchangeEdge {
    const { organisationOf, sideOf } = this.parties;
    return this.edgeBetween(
      kind,
      organisationOf(fromRole),
      sideOf(fromRole),
      organisationOf(toRole),
      sideOf(toRole),
      marking,
    );
  }

  private edgeBetween(
    kind: ExchangeKind,
    fromOrg: string,
    fromSide: string,
    toOrg: string,
    toSide: string,
    marking: string | null,
  ): ExchangeEdge {
    const key = `${kind}|${fromOrg}|${toOrg}|${marking ?? ''}`;
    let edge = this.edgesByKey.get(key);
    if (!edge) {
      edge = { kind, fromOrg, toOrg, fromSide, toSide, marking, delivered: 0, blocked: 0 };
      this.edgesByKey.set(key, edge);
    }
    return edge;
  }
}
