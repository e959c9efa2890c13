import { useState } from 'react';
import { errorMessage, type CommandInput, type CommandReply, type CommandType } from '../../core/index';
import { useTranslate } from '../state/index';

/** How a screen hands a command to the engine: the console's host, or a station's client. */
export type SendCommand = <K extends CommandType>(type: K, payload: CommandInput<K>) => Promise<CommandReply>;

/** A refusal as the engine gives it: its reason, and the field at fault when it names one. */
function reasonOf(reply: Extract<CommandReply, { ok: false }>): string {
  return reply.field ? `${reply.reason} (${reply.field})` : reply.reason;
}

/**
 * Send a command and keep what the user must see about it. The console, the role stations and the evaluator
 * all send through this one hook so that a command that did not happen is never silent: a refusal shows the
 * engine's reason with the field at fault, and a command that could not be sent at all (storage full, the
 * channel closed) shows why, instead of being swallowed.
 */
export function useCommand(send: SendCommand) {
  const t = useTranslate();
  // A count, not a flag: a second command sent before the first returns keeps the screen busy until both have.
  const [inFlight, setInFlight] = useState(0);
  const [refusal, setRefusal] = useState<string | null>(null);

  /** Resolves true when the engine accepted the command. */
  const run = async <K extends CommandType>(type: K, payload: CommandInput<K>): Promise<boolean> => {
    setInFlight((count) => count + 1);
    try {
      const reply = await send(type, payload);
      setRefusal(reply.ok ? null : t('common.refused', { reason: reasonOf(reply) }));
      return reply.ok;
    } catch (error) {
      setRefusal(t('common.notSent', { message: errorMessage(error) }));
      return false;
    } finally {
      setInFlight((count) => count - 1);
    }
  };

  return { run, busy: inFlight > 0, refusal, clearRefusal: () => setRefusal(null) };
}
