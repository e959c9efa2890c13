import type { OpenChannel, TransportChannel } from '../../core/index';

/** A station's channel that can be joined again without its client noticing: `rejoin` leaves and joins anew. */
export interface RejoiningChannel extends TransportChannel {
  rejoin(): void;
}

/**
 * The page's socket joins a channel once, and again only after it reconnects. When the host refused the join
 * (the exercise is not on the host, perhaps not yet: it may be restored or created in a moment) the socket is
 * still up, so nothing would ask again: the station rejoins by itself through this, keeping its listeners.
 */
export function rejoiningChannel(open: OpenChannel, name: string): RejoiningChannel {
  const listeners = new Set<(message: unknown) => void>();
  const joined = () => {
    const channel = open(name);
    channel.listen((message) => {
      for (const listener of [...listeners]) listener(message);
    });
    return channel;
  };
  let current = joined();
  let closed = false;
  return {
    post: (message) => current.post(message),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      listeners.clear();
      current.close();
    },
    rejoin() {
      if (closed) return;
      current.close();
      current = joined();
    },
  };
}
