import type { ExerciseEvent, LoadedContent } from '../../../core/index';

export interface ExchangeCell {
  messages: number;
  injects: number;
}

/** Which organisation and side a role belongs to: the playbook's roles, or the scenario's local roles. */
export function organisationResolver(content: LoadedContent) {
  const local = new Map(content.scenario.roles.local.map((role) => [role.id, role]));
  const names = new Map(content.playbook.organisations.map((item) => [item.id, item.name]));
  return {
    organisationOf: (role: string): string =>
      content.playbook.role(role)?.organisation ?? local.get(role)?.organisation ?? role,
    sideOf: (role: string): string =>
      content.playbook.role(role)?.side ?? local.get(role)?.side ?? 'external',
    /** A local role's organisation is already a name; a playbook organisation has one in roles.yaml. */
    nameOf: (organisation: string): string => names.get(organisation) ?? organisation,
  };
}

/**
 * Traffic between organisations, folded incrementally from the log: messages and injects delivered
 * (sender's organisation → recipient's), decisions each organisation took (voided ones taken off again),
 * and the EU↔NATO link — what crossed it and what markings blocked.
 */
export class CoordinationFold {
  private seen = 0;
  private readonly resolve: ReturnType<typeof organisationResolver>;
  private readonly injectSenders = new Map<string, string>();
  private readonly decisionOrgs = new Map<string, string>();
  readonly cells = new Map<string, ExchangeCell>();
  readonly decisions = new Map<string, number>();
  readonly organisations = new Set<string>();
  readonly euNato = { exchanges: 0, blocked: 0 };
  readonly blockedByMarking = new Map<string, number>();

  constructor(content: LoadedContent) {
    this.resolve = organisationResolver(content);
  }

  advance(events: readonly ExerciseEvent[]): void {
    for (; this.seen < events.length; this.seen += 1) this.apply(events[this.seen] as ExerciseEvent);
  }

  cell(fromOrg: string, toOrg: string): ExchangeCell {
    return this.cells.get(`${fromOrg}|${toOrg}`) ?? { messages: 0, injects: 0 };
  }

  nameOf(organisation: string): string {
    return this.resolve.nameOf(organisation);
  }

  /** Organisations that sent, received or decided anything, in a stable order. */
  sortedOrganisations(): string[] {
    return [...this.organisations].sort((a, b) => this.nameOf(a).localeCompare(this.nameOf(b)));
  }

  /**
   * The matrix's rows (organisations that sent or decided something) and columns (those that received
   * something): simulated senders such as the press never receive, and would only widen the matrix.
   */
  axes(): { senders: string[]; receivers: string[] } {
    const sent = new Set<string>();
    const received = new Set<string>();
    for (const [key, cell] of this.cells) {
      if (cell.messages + cell.injects === 0) continue;
      const [from, to] = key.split('|') as [string, string];
      sent.add(from);
      received.add(to);
    }
    for (const [organisation, count] of this.decisions) if (count > 0) sent.add(organisation);
    const ordered = this.sortedOrganisations();
    return {
      senders: ordered.filter((organisation) => sent.has(organisation)),
      receivers: ordered.filter((organisation) => received.has(organisation)),
    };
  }

  private apply(event: ExerciseEvent): void {
    const payload = event.payload;
    switch (event.type) {
      case 'inject.released': {
        const content = (payload.content ?? {}) as { from?: string };
        this.injectSenders.set(payload.injectId as string, content.from ?? 'unknown');
        break;
      }
      case 'message.delivered':
        this.exchange(payload.from as string, payload.role as string, 'messages');
        break;
      case 'inject.delivered': {
        const content = (payload.content ?? {}) as { from?: string };
        this.exchange(content.from ?? 'unknown', payload.role as string, 'injects');
        break;
      }
      case 'message.blocked':
      case 'inject.blocked': {
        const from =
          event.type === 'message.blocked'
            ? (payload.from as string)
            : (this.injectSenders.get(payload.injectId as string) ?? 'unknown');
        const marking = String(payload.marking);
        this.blockedByMarking.set(marking, (this.blockedByMarking.get(marking) ?? 0) + 1);
        if (this.crossesEuNato(from, payload.role as string)) this.euNato.blocked += 1;
        break;
      }
      case 'decision.taken': {
        const organisation = this.resolve.organisationOf(event.actor?.actingAs ?? event.actor?.role ?? '');
        this.decisionOrgs.set(payload.decisionId as string, organisation);
        this.organisations.add(organisation);
        this.decisions.set(organisation, (this.decisions.get(organisation) ?? 0) + 1);
        break;
      }
      case 'decision.voided': {
        const organisation = this.decisionOrgs.get(payload.decisionId as string);
        if (organisation !== undefined)
          this.decisions.set(organisation, (this.decisions.get(organisation) ?? 1) - 1);
        break;
      }
      default:
        break;
    }
  }

  private exchange(fromRole: string, toRole: string, kind: keyof ExchangeCell): void {
    const fromOrg = this.resolve.organisationOf(fromRole);
    const toOrg = this.resolve.organisationOf(toRole);
    this.organisations.add(fromOrg);
    this.organisations.add(toOrg);
    const key = `${fromOrg}|${toOrg}`;
    const cell = this.cells.get(key) ?? { messages: 0, injects: 0 };
    cell[kind] += 1;
    this.cells.set(key, cell);
    if (this.crossesEuNato(fromRole, toRole)) this.euNato.exchanges += 1;
  }

  private crossesEuNato(fromRole: string, toRole: string): boolean {
    const sides = new Set([this.resolve.sideOf(fromRole), this.resolve.sideOf(toRole)]);
    return sides.has('eu') && sides.has('nato');
  }
}
