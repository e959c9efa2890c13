import { useState } from 'react';
import type { EngineHost } from '../host/index';

/**
 * Send console commands and keep the last refusal to show (the engine's reason, with the field at fault), so
 * a refused command is never silent. A storage failure surfaces through `host.error`.
 */
export function useCommand(host: EngineHost) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const send = async (type: string, payload: Record<string, unknown> = {}) => {
    try {
      const reply = await host.command(type, payload);
      setRefusal(reply.ok ? null : `${reply.reason}${reply.field ? ` (${reply.field})` : ''}`);
      return reply.ok;
    } catch {
      return false;
    }
  };
  return { send, refusal, clearRefusal: () => setRefusal(null) };
}
