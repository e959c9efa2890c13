import { useState } from 'react';
import type { SendCommand } from './EvaluatorScreen';

/** Send one of the evaluator's commands and keep the engine's refusal to show beside the form. */
export function useCommand(send: SendCommand) {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const run = async (type: string, payload: Record<string, unknown>): Promise<boolean> => {
    setBusy(true);
    setRefusal(null);
    try {
      const reply = await send(type, payload);
      if (!reply.ok) setRefusal(reply.reason);
      return reply.ok;
    } finally {
      setBusy(false);
    }
  };
  return { busy, refusal, run };
}
