import type { CommandReply, EventOf, ExerciseCommand, ExerciseEvent } from '../ports/index';
import type { MechanismContext, Playbook } from '../playbook/index';
import { injectById, type ScenarioDocument } from '../scenario/index';
import { isAtLeastAsStrict, type CommandInput, type CommandType, type OpenDecision } from '../engine/index';
import { durationToMs, isInForce } from '../documents/index';
import { firstStepToward } from '../playbook/index';
import { fillFields } from './decision-fields';
import { prerequisiteRole } from './prerequisite-role';
import { SeededRandom } from './seeded-random';
import type { AgentPolicy } from '../events/index';
import { agentStation } from '../read-models/index';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface PlannedAction {
  atMs: number;
  order: number;
  role: string;
  /** Give up after this scenario time (retries stop). */
  giveUpMs: number;
  retryMs: number;
  command: PlannedCommand;
}

/** A command an agent plans: typed by its command type; marks are sent as the evaluator. */
type PlannedCommand = {
  [K in CommandType]: { type: K; payload: CommandInput<K>; asEvaluator?: boolean };
}[CommandType];
type DecisionCommand = Extract<PlannedCommand, { type: 'decision/take' }>;

export interface DirectorOptions {
  policy: AgentPolicy;
  seed: number;
  playbook: Playbook;
  scenario: ScenarioDocument;
  /** The in-world date (YYYY-MM-DD): which decisions are in force. */
  date: string;
  /** The roles the agents play. */
  roles: ReadonlySet<string>;
  /** The control role agents issue commands through (`actingAs` names the role played). */
  controlRole: string;
  /** Who marks free-text expected actions met when the played team does them (an evaluator, or EXCON). */
  markerRole: string;
  /** Open decisions of a role now (from its station view), for the random policy. */
  openDecisions: (role: string) => readonly OpenDecision[];
  /** The active state paths of a mechanism (or case) now, or its initial states when it has not started. */
  activePaths: (machine: string, instance: string | null) => string[];
  /** Who acts in a mechanism (or case) now — its records and sets — or null before it has started. */
  contextOf?: (machine: string, instance: string | null) => MechanismContext | null;
}

/**
 * Plans what automated roles do and when, in scenario time, from what the engine logs: doctrine meets each
 * expected action inside its window after a plausible human delay; late misses a share of windows; random
 * takes whatever decisions are open at random moments. Deterministic for a seed.
 */
export class AgentDirector {
  private readonly random: SeededRandom;
  private readonly plan: PlannedAction[] = [];
  private order = 0;
  private commandCount = 0;
  private nextRandomMs: number | null = null;

  constructor(private readonly options: DirectorOptions) {
    this.random = new SeededRandom(options.seed);
    if (options.policy === 'random')
      this.nextRandomMs = Math.round(this.random.between(30 * MINUTE, 4 * HOUR));
  }

  /** Learn from logged events: releases create work, deliveries ask for acknowledgement. */
  observe(events: readonly ExerciseEvent[]): void {
    for (const event of events) {
      if (event.type === 'inject.released') this.planExpectedActions(event);
      else if (event.type === 'inject.delivered' && this.options.roles.has(event.payload.role)) {
        const delay = this.delay({
          doctrine: [2 * MINUTE, 20 * MINUTE],
          late: [10 * MINUTE, 3 * HOUR],
          random: [5 * MINUTE, 6 * HOUR],
        });
        this.schedule(event.scenarioMs + delay, event.payload.role, event.scenarioMs + 48 * HOUR, 0, {
          type: 'inject/acknowledge',
          payload: { injectId: event.payload.injectId },
        });
      } else if (event.type === 'message.delivered' && this.options.roles.has(event.payload.role)) {
        this.schedule(
          event.scenarioMs +
            this.delay({
              doctrine: [5 * MINUTE, 30 * MINUTE],
              late: [1 * HOUR, 6 * HOUR],
              random: [5 * MINUTE, 8 * HOUR],
            }),
          event.payload.role,
          event.scenarioMs + 72 * HOUR,
          0,
          {
            type: 'message/read',
            payload: { messageId: event.payload.messageId },
          },
        );
      }
    }
  }

  nextWakeMs(): number | null {
    const planned = this.plan[0]?.atMs ?? null;
    if (this.nextRandomMs === null) return planned;
    return planned === null ? this.nextRandomMs : Math.min(planned, this.nextRandomMs);
  }

  /** The commands due at `nowMs`, in a deterministic order. */
  due(nowMs: number): { action: PlannedAction; command: ExerciseCommand }[] {
    if (this.nextRandomMs !== null && this.nextRandomMs <= nowMs) {
      this.planRandomDecision(nowMs);
      this.nextRandomMs = nowMs + Math.round(this.random.between(1 * HOUR, 8 * HOUR));
    }
    const out: { action: PlannedAction; command: ExerciseCommand }[] = [];
    while (this.plan[0] && this.plan[0].atMs <= nowMs) {
      const action = this.plan.shift() as PlannedAction;
      this.commandCount += 1;
      const issuer = action.command.asEvaluator ? this.options.markerRole : this.options.controlRole;
      out.push({
        action,
        command: {
          commandId: `agent-${this.options.policy}-${this.options.seed}-${this.commandCount}`,
          type: action.command.type,
          issuedBy: { role: issuer, station: agentStation(this.options.policy) },
          ...(action.command.asEvaluator ? {} : { actingAs: action.role }),
          payload: action.command.payload,
        },
      });
    }
    return out;
  }

  /**
   * A decision refused as "not now" is tried again until the agent would give up; doctrine and late teams
   * first take the step their playbook says must come before it (a request before its forwarding).
   */
  onReply(action: PlannedAction, reply: CommandReply, nowMs: number): void {
    if (reply.ok || reply.code !== 'not-now' || action.retryMs <= 0) return;
    const next = nowMs + action.retryMs;
    if (next > action.giveUpMs) return;
    if (action.command.type === 'decision/take') this.planPrerequisite(action, action.command, nowMs);
    this.schedule(next, action.role, action.giveUpMs, action.retryMs, action.command);
  }

  private planPrerequisite(action: PlannedAction, command: DecisionCommand, nowMs: number): void {
    const { payload } = command;
    const { machine } = payload;
    const instance = payload.instance ?? null;
    const document = this.options.playbook.mechanisms.get(machine);
    if (!document) return;
    const ownersOf = (event: string) =>
      [...this.options.roles].filter((role) => {
        const definition = this.options.playbook.role(role);
        return definition !== undefined && this.options.playbook.isOwner(definition, machine, event);
      });
    const step = firstStepToward(
      document,
      this.options.activePaths(machine, instance),
      payload.event,
      (event) => {
        const declared = document.events[event];
        return (
          declared !== undefined &&
          declared.origin === 'decision' &&
          isInForce(declared.inForce, this.options.date) &&
          ownersOf(event).length > 0
        );
      },
    );
    if (step === null) return;
    const role = prerequisiteRole(
      ownersOf(step.event),
      action.role,
      step.guards,
      this.options.contextOf?.(machine, instance) ?? null,
      (id) => this.options.playbook.role(id)?.groups ?? [],
    );
    const fields = fillFields(
      document.events[step.event]?.fields ?? [],
      step.fields,
      null,
      `prerequisite of ${payload.event}`,
      document.marking,
    );
    this.schedule(nowMs, role, nowMs, 0, {
      type: 'decision/take',
      payload: {
        machine,
        event: step.event,
        ...(instance !== null ? { instance } : {}),
        fields,
        rationale: `So that ${payload.event} can follow`,
      },
    });
  }

  private delay(ranges: Record<AgentPolicy, [number, number]>): number {
    const [min, max] = ranges[this.options.policy];
    return Math.round(this.random.between(min, max));
  }

  private schedule(
    atMs: number,
    role: string,
    giveUpMs: number,
    retryMs: number,
    command: PlannedAction['command'],
  ): void {
    const action: PlannedAction = {
      atMs: Math.round(atMs),
      order: this.order++,
      role,
      giveUpMs,
      retryMs,
      command,
    };
    const index = this.plan.findIndex((other) => other.atMs > action.atMs);
    if (index < 0) this.plan.push(action);
    else this.plan.splice(index, 0, action);
  }

  private planExpectedActions(event: EventOf<'inject.released'>): void {
    if (this.options.policy === 'random') return;
    const inject = injectById(this.options.scenario).get(event.payload.injectId);
    if (!inject) return;
    for (const action of inject.expectedActions) {
      if (!this.options.roles.has(action.role)) continue;
      const windowMs = action.window ? durationToMs(action.window) : 6 * HOUR;
      const late = this.options.policy === 'late' && this.random.chance(0.5);
      const fraction = late ? this.random.between(1.15, 1.8) : this.random.between(0.15, 0.55);
      const atMs = event.scenarioMs + windowMs * fraction;
      const giveUpMs = event.scenarioMs + windowMs * (late ? 2 : 1);
      const retryMs = Math.max(10 * MINUTE, Math.round(windowMs / 12));
      if ('event' in action) {
        const mechanism = this.options.playbook.mechanisms.get(action.event.machine);
        const declared = mechanism?.events[action.event.event];
        const marking = mechanism?.marking ?? 'PUBLIC';
        // The inject's title is written into the decision only where its marking already goes: a NATO-ONLY
        // inject's title in a decision on an EU-ONLY mechanism would reach EU stations; its id says enough.
        const { content } = event.payload;
        const about = isAtLeastAsStrict(this.options.playbook, marking, content.marking)
          ? content.title
          : inject.id;
        const fields = fillFields(declared?.fields ?? [], action.event.fields ?? {}, null, about, marking);
        this.schedule(atMs, action.role, giveUpMs, retryMs, {
          type: 'decision/take',
          payload: {
            machine: action.event.machine,
            event: action.event.event,
            ...(action.event.instance !== undefined ? { instance: action.event.instance } : {}),
            fields,
            rationale: `In response to ${inject.id}`,
          },
        });
      } else if (!late) {
        this.schedule(atMs, action.role, giveUpMs, 0, {
          type: 'expected-action/mark',
          payload: {
            injectId: inject.id,
            actionId: action.id,
            met: true,
            note: `${action.role} did it (automated role)`,
          },
          asEvaluator: true,
        });
      }
    }
  }

  private planRandomDecision(nowMs: number): void {
    const role = this.random.pick([...this.options.roles].sort());
    if (!role) return;
    const open = this.options.openDecisions(role);
    const choice = this.random.pick(open);
    if (!choice) return;
    const mechanism = this.options.playbook.mechanisms.get(choice.machine);
    const declared = mechanism?.events[choice.event];
    const instance =
      choice.instance ?? (choice.newCase ? `case-${Math.floor(this.random.between(1, 4))}` : undefined);
    this.schedule(nowMs, role, nowMs, 0, {
      type: 'decision/take',
      payload: {
        machine: choice.machine,
        event: choice.event,
        ...(instance !== undefined ? { instance } : {}),
        fields: fillFields(
          declared?.fields ?? [],
          {},
          this.random,
          'random play',
          mechanism?.marking ?? 'PUBLIC',
        ),
      },
    });
  }
}
