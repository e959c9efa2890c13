import type { z } from 'zod';
import { firstIssue } from '../documents/index';
import type { ExerciseCommand } from '../ports/index';
import { COMMAND_SCHEMAS, isCommandType, type CommandPayload, type CommandType } from './command-schemas';
import { reject, type Rejection } from './command-rejection';

/** A command whose payload passed its schema: a union discriminated by `type`, so handlers get typed payloads. */
export type ParsedCommand = { [K in CommandType]: { type: K; payload: CommandPayload<K> } }[CommandType];

/**
 * The one place where a command from outside (a station, the console, an agent) gets its type and payload
 * checked: an unknown type or a payload that fails its schema is refused with the field at fault.
 */
export function parseCommand(command: ExerciseCommand): ParsedCommand | Rejection {
  if (!isCommandType(command.type))
    return reject('unknown-command', `unknown command "${command.type}"`, 'type');
  const schema: z.ZodType = COMMAND_SCHEMAS[command.type];
  const parsed = schema.safeParse(command.payload);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error, ['payload']);
    return reject('invalid-command', message, field);
  }
  // The payload passed the schema of this very type.
  return { type: command.type, payload: parsed.data } as ParsedCommand;
}
