import type { Playbook } from '../playbook/index';
import type { EventPayload, EventType } from '../events/index';
import type { ActorRef, AudienceEntry, EventEnvelope, ExerciseCommand, ExerciseEvent } from '../ports/index';
import { EVENT_ENVELOPE_VERSION } from '../ports/index';
import type { ScenarioDocument } from '../scenario/index';
import { applyEvent } from './apply-event';
import type { EngineState } from './engine-state';
import type { EngineRole } from './roles';

/**
 * One unit of work on the engine state (a command, or a tick): emits events, applying each to the state
 * as it is emitted so later logic in the same unit sees it, and collects them into the batch to store.
 */
export class EngineCore {
  readonly batch: ExerciseEvent[] = [];
  /** Scenario time of the events being emitted; moves forward as deadlines fire. */
  now: number;

  constructor(
    readonly state: EngineState,
    readonly playbook: Playbook,
    readonly scenario: ScenarioDocument,
    readonly roles: ReadonlyMap<string, EngineRole>,
    readonly wallMs: number,
    public command: ExerciseCommand | null,
  ) {
    this.now = state.lastScenarioMs;
  }

  /** The role a command acts for: `actingAs` when control plays a role, else the issuer. */
  get actingRole(): string | null {
    if (!this.command) return null;
    return this.command.actingAs ?? this.command.issuedBy.role;
  }

  emit<K extends EventType>(
    type: K,
    payload: EventPayload<K>,
    options: { audience: AudienceEntry[]; marking?: string | null; actor?: ActorRef | null },
  ): EventEnvelope<K> {
    const command = this.command;
    const actor =
      options.actor !== undefined
        ? options.actor
        : command
          ? {
              role: command.issuedBy.role,
              station: command.issuedBy.station,
              actingAs: command.actingAs ?? null,
            }
          : null;
    const event: EventEnvelope<K> = {
      v: EVENT_ENVELOPE_VERSION,
      seq: this.state.lastSeq + 1,
      exerciseId: this.state.exerciseId,
      type,
      scenarioMs: this.now,
      wallMs: Math.max(this.wallMs, this.state.lastWallMs),
      commandId: command?.commandId ?? null,
      actor,
      marking: options.marking ?? null,
      audience: options.audience,
      payload,
    };
    // An envelope of one event type is a member of the union; the compiler cannot see it for a generic K.
    const logged = event as unknown as ExerciseEvent;
    applyEvent(this.state, logged);
    this.batch.push(logged);
    return event;
  }
}
