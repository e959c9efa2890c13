import { useState } from 'react';
import { errorMessage, type CommandReply } from '../../core/index';

export type SendCommand = (type: string, payload: Record<string, unknown>) => Promise<CommandReply>;

/** One command in flight at a time, and the engine's refusal reason to show when it says no. */
export function useCommandState(send: SendCommand) {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const run = async (type: string, payload: Record<string, unknown>): Promise<boolean> => {
    setBusy(true);
    setRefusal(null);
    try {
      const reply = await send(type, payload);
      if (!reply.ok) setRefusal(reply.reason);
      return reply.ok;
    } catch (error) {
      setRefusal(errorMessage(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, refusal, run, clearRefusal: () => setRefusal(null) };
}
