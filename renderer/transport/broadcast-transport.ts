import type { OpenChannel } from '../../core/index';

/**
 * Channels between windows and tabs of one origin (docs/architecture.md §6): one BroadcastChannel per exercise
 * and role. A message reaches every other context on the channel, never the sender, as a structured clone.
 */
export const openBroadcastChannel: OpenChannel = (name) => {
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(message: unknown) => void>();
  channel.onmessage = (event: MessageEvent) => {
    for (const listener of listeners) listener(event.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel.close();
    },
  };
};
