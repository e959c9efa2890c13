import type { LoadedContent } from '../engine/index';
import type { EventOf, ExerciseEvent } from '../ports/index';
import { CountHistory } from './count-history';
import { loggedAt, type LoggedAt } from './logged-at';
import { EU_SIDE, exerciseParties, NATO_SIDE, type ExerciseParties } from './exercise-parties';
import type {
  EuNatoCrossing,
  EuNatoFigures,
  ExchangeEdge,
  ExchangeKind,
  OrganisationPair,
  SharingRow,
} from './exchange-types';

const DELIVERED_AS = { message: 'messages', inject: 'injects', product: 'products' } as const;

/** The receiving party of a product shared over the link: the other side as a whole. */
export const sideParty = (side: string) => `side:${side}`;

interface Product {
  edge: ExchangeEdge;
  crossed: boolean;
  marking: string | null;
  crossing: EuNatoCrossing;
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
  /** Every count as it changed, so that the review can read the picture as it stood after any event. */
  private readonly timeline = new CountHistory();
  private readonly crossingList: EuNatoCrossing[] = [];
  /** The event being applied. */
  private at: LoggedAt = { seq: 0, scenarioMs: 0, wallMs: 0 };

  constructor(
    private readonly content: LoadedContent,
    parties: ExerciseParties = exerciseParties(content),
  ) {
    this.parties = parties;
  }

  apply(event: ExerciseEvent): void {
    this.at = loggedAt(event);
    switch (event.type) {
      case 'inject.released':
        this.injectSenders.set(event.payload.injectId, event.payload.content.from);
        break;
      case 'inject.delivered': {
        const { content, role } = event.payload;
        const edge = this.edge('inject', content.from, role, content.marking);
        this.count(edge, 'delivered', 1);
        if (this.parties.crossesEuNato(content.from, role)) {
          this.figure('scriptedInjects', 1);
          this.cross(edge, 'delivered');
        }
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
        this.timeline.add(this.at.seq, `read|${event.payload.role}`, 1);
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

  /**
   * Every edge with traffic, in a stable order (kind, organisations, marking); with `asOfSeq`, the counts as
   * they stood once that event was applied, and only the edges that had traffic by then.
   */
  edges(asOfSeq?: number): ExchangeEdge[] {
    const edges = [...this.edgesByKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    if (asOfSeq === undefined) return edges.map(([, edge]) => edge);
    const counts = this.timeline.asOf(asOfSeq);
    return edges
      .map(([key, edge]) => ({
        ...edge,
        delivered: counts.get(`${key}|delivered`) ?? 0,
        blocked: counts.get(`${key}|blocked`) ?? 0,
      }))
      .filter((edge) => edge.delivered !== 0 || edge.blocked !== 0);
  }

  /**
   * The traffic between each two organisations (the same organisation on both ends included): messages,
   * scripted injects and link products delivered, and everything blocked, in a stable order.
   */
  organisationPairs(asOfSeq?: number): OrganisationPair[] {
    const pairs = new Map<string, OrganisationPair>();
    for (const edge of this.edges(asOfSeq)) {
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

  /** The EU↔NATO figures; with `asOfSeq`, as they stood once that event was applied. */
  euNato(asOfSeq?: number): EuNatoFigures {
    if (asOfSeq === undefined) return { ...this.figures };
    const counts = this.timeline.asOf(asOfSeq);
    const figures = { ...this.figures };
    for (const name of Object.keys(figures) as (keyof EuNatoFigures)[])
      figures[name] = counts.get(`euNato|${name}`) ?? 0;
    return figures;
  }

  /** Every exchange across the EU–NATO line and every one a marking stopped there, in the order logged. */
  crossings(): readonly EuNatoCrossing[] {
    return this.crossingList;
  }

  /** Messages delivered to each role and read by it, as they stood once the event `asOfSeq` was applied. */
  messagesByRole(asOfSeq: number): Map<string, { received: number; read: number }> {
    const byRole = new Map<string, { received: number; read: number }>();
    for (const [key, count] of this.timeline.asOf(asOfSeq)) {
      const [kind, role] = key.split('|') as [string, string];
      if (kind !== 'received' && kind !== 'read') continue;
      let row = byRole.get(role);
      if (!row) byRole.set(role, (row = { received: 0, read: 0 }));
      row[kind] = count;
    }
    return byRole;
  }

  /** Deliveries and link products blocked, per marking; with `asOfSeq`, as it stood once that event was applied. */
  blockedByMarking(asOfSeq?: number): Record<string, number> {
    const counts =
      asOfSeq === undefined
        ? [...this.blocked.entries()]
        : [...this.timeline.asOf(asOfSeq)].flatMap(([key, count]) =>
            key.startsWith('marking|') ? [[key.slice('marking|'.length), count] as const] : [],
          );
    return Object.fromEntries(counts.sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /** Information-sharing rows: messages delivered → read, per sending and receiving organisation and marking. */
  sharingRows(): SharingRow[] {
    return [...this.sharing.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row);
  }

  private messageDelivered(event: EventOf<'message.delivered'>): void {
    const { from, role, marking, messageId } = event.payload;
    const edge = this.edge('message', from, role, marking);
    this.count(edge, 'delivered', 1);
    this.timeline.add(this.at.seq, `received|${role}`, 1);
    if (this.parties.crossesEuNato(from, role) && !this.euNatoMessages.has(messageId)) {
      this.euNatoMessages.add(messageId);
      this.cross(edge, 'delivered');
      this.figure('messages', 1);
      this.figure('exchanges', 1);
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
    const edge = this.edge(kind, fromRole, toRole, marking);
    this.count(edge, 'blocked', 1);
    this.countBlocked(marking, 1);
    if (this.parties.crossesEuNato(fromRole, toRole)) {
      this.figure('blocked', 1);
      this.cross(edge, 'blocked');
    }
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
    const crossing = this.cross(edge, crossed ? 'delivered' : 'blocked');
    shared.push({ edge, crossed, marking, crossing });
    this.products.set(decisionId, shared);
    this.countProduct(edge, crossed, marking, 1);
  }

  private productVoided(decisionId: string): void {
    for (const product of this.products.get(decisionId) ?? []) {
      this.countProduct(product.edge, product.crossed, product.marking, -1);
      product.crossing.voided = true;
    }
    this.products.delete(decisionId);
  }

  private countProduct(edge: ExchangeEdge, crossed: boolean, marking: string | null, by: 1 | -1): void {
    if (crossed) {
      this.count(edge, 'delivered', by);
      this.figure('products', by);
      this.figure('exchanges', by);
    } else {
      this.count(edge, 'blocked', by);
      this.figure('blocked', by);
      if (marking !== null) this.countBlocked(marking, by);
    }
  }

  private cross(edge: ExchangeEdge, outcome: EuNatoCrossing['outcome']): EuNatoCrossing {
    const { kind, fromOrg, toOrg, marking } = edge;
    const crossing = { ...this.at, kind, fromOrg, toOrg, marking, outcome, voided: false };
    this.crossingList.push(crossing);
    return crossing;
  }

  private count(edge: ExchangeEdge, field: 'delivered' | 'blocked', by: number): void {
    edge[field] += by;
    this.timeline.add(this.at.seq, `${edgeKey(edge)}|${field}`, by);
  }

  private figure(name: keyof EuNatoFigures, by: number): void {
    this.figures[name] += by;
    this.timeline.add(this.at.seq, `euNato|${name}`, by);
  }

  private countBlocked(marking: string, by: number): void {
    this.timeline.add(this.at.seq, `marking|${marking}`, by);
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
    const fresh: ExchangeEdge = { kind, fromOrg, toOrg, fromSide, toSide, marking, delivered: 0, blocked: 0 };
    const key = edgeKey(fresh);
    let edge = this.edgesByKey.get(key);
    if (!edge) {
      edge = fresh;
      this.edgesByKey.set(key, edge);
    }
    return edge;
  }
}

/** An edge's key: one edge per kind, sending and receiving organisation, and marking. */
const edgeKey = (edge: Pick<ExchangeEdge, 'kind' | 'fromOrg' | 'toOrg' | 'marking'>) =>
  `${edge.kind}|${edge.fromOrg}|${edge.toOrg}|${edge.marking ?? ''}`;
