import { formatFieldPath, type PathSegment } from '../documents/index';
import type { ExerciseCommand } from '../ports/index';
import { COMMAND_AUTHORITY, COMMAND_SCHEMAS, type CommandType } from './command-schemas';
import { reject, type Rejection } from './command-rejection';
import type { EngineCore } from './engine-core';
import { handleClockCommand } from './handle-clock';
import { handlePlayCommand } from './handle-play';
import type { EngineRole } from './roles';

/**
 * Validate a command — schema, the sender's role (and `actingAs`), then the state it needs — and emit its
 * events. Returns a rejection, having emitted nothing, when any check fails.
 */
export function handleCommand(core: EngineCore, command: ExerciseCommand): Rejection | null {
  if (!(command.type in COMMAND_SCHEMAS))
    return reject('unknown-command', `unknown command "${command.type}"`, 'type');
  const type = command.type as CommandType;
  const parsed = COMMAND_SCHEMAS[type].safeParse(command.payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).filter((segment): segment is PathSegment => typeof segment !== 'symbol');
    const field = formatFieldPath(['payload', ...path]);
    return reject('invalid-command', issue?.message ?? 'invalid payload', field);
  }
  const refused = checkAuthority(core, command, type);
  if (refused) return refused;
  if (core.state.clock.status === 'ended' && COMMAND_AUTHORITY[type] !== 'evaluation') {
    return reject('exercise-ended', 'the exercise has ended (ENDEX); only evaluation can still be recorded');
  }
  const payload = parsed.data as Record<string, unknown>;
  if (type.startsWith('exercise/')) return handleClockCommand(core, type, payload);
  if (
    COMMAND_AUTHORITY[type] !== 'evaluation' &&
    type !== 'role/auto-play' &&
    core.state.clock.status === 'ready'
  ) {
    return reject('not-now', 'the exercise has not started (STARTEX)');
  }
  return handlePlayCommand(core, type, payload);
}

function checkAuthority(core: EngineCore, command: ExerciseCommand, type: CommandType): Rejection | null {
  const issuer = core.roles.get(command.issuedBy.role);
  if (!issuer)
    return reject('not-allowed', `role "${command.issuedBy.role}" is not in this exercise`, 'issuedBy.role');
  let acting: EngineRole = issuer;
  if (command.actingAs !== undefined) {
    if (issuer.audience !== 'control') {
      return reject(
        'not-allowed',
        `only control roles may act as another role; ${issuer.id} may not`,
        'actingAs',
      );
    }
    const role = core.roles.get(command.actingAs);
    if (!role) return reject('not-allowed', `role "${command.actingAs}" is not in this exercise`, 'actingAs');
    acting = role;
  }
  const authority = COMMAND_AUTHORITY[type];
  const allowed =
    authority === 'excon'
      ? issuer.id === 'excon'
      : authority === 'control'
        ? issuer.audience === 'control'
        : authority === 'evaluation'
          ? issuer.audience === 'evaluation' || issuer.id === 'excon'
          : acting.audience === 'players' ||
            (acting.audience === 'control' && command.actingAs === undefined && type === 'message/send');
  if (!allowed) {
    const who = {
      excon: 'exercise control',
      control: 'control roles',
      evaluation: 'evaluators',
      player: 'players',
    }[authority];
    return reject(
      'not-allowed',
      `${type} is for ${who}; ${acting.id} may not send it`,
      command.actingAs ? 'actingAs' : 'issuedBy.role',
    );
  }
  return null;
}
