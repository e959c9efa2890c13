import type { OpenChannel, TransportChannel } from '../ports/index';

/**
 * Channels inside one process, for tests and the CLI: like BroadcastChannel, a message reaches every other
 * endpoint opened on the same name (never its sender), asynchronously (on the microtask queue) and in order.
 */
export function inProcessTransport(): OpenChannel {
  const endpoints = new Map<string, Set<Endpoint>>();
  let pending: Promise<void> = Promise.resolve();
  interface Endpoint {
    listeners: Set<(message: unknown) => void>;
  }
  const open: OpenChannel = (name) => {
    const self: Endpoint = { listeners: new Set() };
    const peers = endpoints.get(name) ?? new Set<Endpoint>();
    endpoints.set(name, peers);
    peers.add(self);
    const channel: TransportChannel = {
      post(message) {
        // Structured clone, as BroadcastChannel does: a receiver never shares the sender's objects.
        const copy = structuredClone(message);
        for (const peer of peers) {
          if (peer === self) continue;
          pending = pending.then(() => {
            for (const listener of peer.listeners) listener(copy);
          });
        }
      },
      listen(listener) {
        self.listeners.add(listener);
        return () => self.listeners.delete(listener);
      },
      close() {
        peers.delete(self);
      },
    };
    return channel;
  };
  return open;
}
