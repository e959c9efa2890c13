import type { ExerciseCommand } from '../ports/index';
import { COMMAND_AUTHORITY, type CommandPayload, type CommandType } from './command-schemas';
import { reject, type Rejection } from './command-rejection';
import type { EngineCore } from './engine-core';
import {
  endExercise,
  jumpTo,
  jumpToNextInject,
  pauseClock,
  resumeClock,
  setNoPlay,
  setSpeed,
  startExercise,
} from './handle-clock';
import { takeDecision, voidDecision } from './handle-decisions';
import {
  amendObservation,
  giveRating,
  markExpectedAction,
  recordObservation,
  setAutoPlay,
} from './handle-evaluation';
import {
  acknowledgeInject,
  editInject,
  holdInject,
  releaseNow,
  rescheduleInject,
  sendAdhoc,
  skipInject,
} from './handle-injects';
import {
  addCorrectiveAction,
  amendCorrectiveAction,
  withdrawCorrectiveAction,
} from './handle-improvement-plan';
import { readMessage, sendMessage } from './handle-messages';
import { parseCommand, type ParsedCommand } from './parse-command';
import { absentBody, type EngineRole } from './roles';

type Handler<K extends CommandType> = (core: EngineCore, payload: CommandPayload<K>) => Rejection | null;

/** Every command's handler, each given the payload its schema parsed. */
const HANDLERS: { [K in CommandType]: Handler<K> } = {
  'exercise/start': startExercise,
  'exercise/pause': pauseClock,
  'exercise/resume': resumeClock,
  'exercise/speed': setSpeed,
  'exercise/jump-next': jumpToNextInject,
  'exercise/jump-to': jumpTo,
  'exercise/end': endExercise,
  'exercise/no-play': setNoPlay,
  'inject/release-now': releaseNow,
  'inject/hold': holdInject,
  'inject/skip': skipInject,
  'inject/reschedule': rescheduleInject,
  'inject/edit': editInject,
  'inject/send-adhoc': sendAdhoc,
  'inject/acknowledge': acknowledgeInject,
  'decision/take': takeDecision,
  'decision/void': voidDecision,
  'message/send': sendMessage,
  'message/read': readMessage,
  'observation/record': recordObservation,
  'observation/amend': amendObservation,
  'rating/give': giveRating,
  'expected-action/mark': markExpectedAction,
  'corrective-action/add': addCorrectiveAction,
  'corrective-action/amend': amendCorrectiveAction,
  'corrective-action/withdraw': withdrawCorrectiveAction,
  'role/auto-play': setAutoPlay,
};

function run<K extends CommandType>(core: EngineCore, command: { type: K; payload: CommandPayload<K> }) {
  const handler: Handler<K> = HANDLERS[command.type];
  return handler(core, command.payload);
}

/**
 * Validate a command — schema, the sender's role (and `actingAs`), then the state it needs — and emit its
 * events. Returns a rejection, having emitted nothing, when any check fails.
 */
export function handleCommand(core: EngineCore, command: ExerciseCommand): Rejection | null {
  const parsed: ParsedCommand | Rejection = parseCommand(command);
  if ('code' in parsed) return parsed;
  const { type } = parsed;
  const refused = checkAuthority(core, command, type);
  if (refused) return refused;
  if (core.state.clock.status === 'ended' && COMMAND_AUTHORITY[type] !== 'evaluation') {
    return reject('exercise-ended', 'the exercise has ended (ENDEX); only evaluation can still be recorded');
  }
  // The real-world safety stop stops play: no player command is taken, whoever sends it (a control role
  // acting as a player too); control and evaluation carry on, and the clock stays where it stopped.
  if (core.state.noPlay && COMMAND_AUTHORITY[type] === 'player') {
    return reject(
      'no-play',
      'play is stopped for a real-world reason (NO PLAY): nothing is taken until exercise control lifts it',
    );
  }
  if (
    !type.startsWith('exercise/') &&
    COMMAND_AUTHORITY[type] !== 'evaluation' &&
    type !== 'role/auto-play' &&
    core.state.clock.status === 'ready'
  ) {
    return reject('not-now', 'the exercise has not started (STARTEX)');
  }
  return run(core, parsed);
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
    const role = core.roles.get(command.actingAs) ?? absentBodyFor(core, command.actingAs, type);
    if ('code' in role) return role;
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

/**
 * A body the scenario does not play, for control to act as (`absentBody`): only to take its decisions. A
 * message from it could not be answered and nothing is ever delivered to it, so its other player commands
 * are refused with the reason, as is a name that is no playbook body at all.
 */
function absentBodyFor(core: EngineCore, id: string, type: CommandType): EngineRole | Rejection {
  const body = absentBody(core.playbook, core.roles, id);
  const defined = core.playbook.role(id);
  if (!defined)
    return reject('not-allowed', `role "${id}" is neither in this exercise nor in the playbook`, 'actingAs');
  if (!body)
    return reject(
      'not-allowed',
      `role "${id}" is not in this exercise; control plays only the playbook's player roles the scenario leaves out, and ${id}'s audience is ${defined.audience}`,
      'actingAs',
    );
  if (type !== 'decision/take')
    return reject(
      'not-allowed',
      `${id} is not played in this exercise: control may take its decisions for it, but not ${type} (nothing reaches a body that is not played, and no one could answer it)`,
      'actingAs',
    );
  return body;
}
