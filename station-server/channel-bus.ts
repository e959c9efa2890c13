import { errorMessage, type OpenChannel, type TransportChannel } from '../core/index';

/** A client socket as the bus sees it: something that can be sent a channel's message. */
export interface ChannelMember {
  send(channel: string, body: unknown): void;
}

interface HostEndpoint {
  listeners: Set<(message: unknown) => void>;
}

/**
 * The host's side of the multiplexed sockets (docs/architecture.md §5): `bus.open(name)` is the OpenChannel a
 * StationHub is given. What the hub posts on a name goes to every socket joined to that name; what a joined
 * socket posts on it goes to the hub's listeners. Sockets join and leave names; one that closes leaves all.
 * Sending never throws into the poster: one socket's failure is that socket's alone.
 */
export class ChannelBus {
  private readonly members = new Map<string, Set<ChannelMember>>();
  private readonly endpoints = new Map<string, Set<HostEndpoint>>();
  private readonly joinedBy = new Map<ChannelMember, Set<string>>();
  private readonly openListeners = new Set<(name: string) => void>();

  constructor(private readonly log: (line: string) => void = () => undefined) {}

  /** The OpenChannel for the host's side: a StationHub posts on it and listens on it. */
  readonly open: OpenChannel = (name) => {
    const self: HostEndpoint = { listeners: new Set() };
    const peers = this.endpoints.get(name) ?? new Set<HostEndpoint>();
    this.endpoints.set(name, peers);
    peers.add(self);
    const channel: TransportChannel = {
      post: (message) => {
        for (const member of this.members.get(name) ?? []) this.sendTo(member, name, message);
      },
      listen: (listener) => {
        self.listeners.add(listener);
        return () => self.listeners.delete(listener);
      },
      close: () => {
        peers.delete(self);
        if (peers.size === 0) this.endpoints.delete(name);
      },
    };
    for (const listener of this.openListeners) listener(name);
    return channel;
  };

  /**
   * Called when the host side opens a name (an exercise's hub starts, after sockets may already have joined
   * it): the socket layer tells those sockets the host is there.
   */
  onHostOpen(listener: (name: string) => void): () => void {
    this.openListeners.add(listener);
    return () => this.openListeners.delete(listener);
  }

  /** True while something on the host side has the name open. */
  isOpenOnHost(name: string): boolean {
    return (this.endpoints.get(name)?.size ?? 0) > 0;
  }

  join(member: ChannelMember, name: string): void {
    const set = this.members.get(name) ?? new Set<ChannelMember>();
    this.members.set(name, set);
    set.add(member);
    const names = this.joinedBy.get(member) ?? new Set<string>();
    this.joinedBy.set(member, names);
    names.add(name);
  }

  leave(member: ChannelMember, name: string): void {
    const set = this.members.get(name);
    set?.delete(member);
    if (set?.size === 0) this.members.delete(name);
    this.joinedBy.get(member)?.delete(name);
  }

  /** A socket that closed: it leaves every name it joined. */
  leaveAll(member: ChannelMember): void {
    for (const name of [...(this.joinedBy.get(member) ?? [])]) this.leave(member, name);
    this.joinedBy.delete(member);
  }

  hasJoined(member: ChannelMember, name: string): boolean {
    return this.joinedBy.get(member)?.has(name) ?? false;
  }

  /** The sockets joined to a name (to greet them when the host opens it). */
  membersOf(name: string): ChannelMember[] {
    return [...(this.members.get(name) ?? [])];
  }

  /** A socket's post on a name it joined, for the host's listeners; false when nothing on the host listens. */
  deliver(member: ChannelMember, name: string, message: unknown): boolean {
    if (!this.hasJoined(member, name)) return false;
    const peers = this.endpoints.get(name);
    if (!peers || peers.size === 0) return false;
    for (const peer of peers)
      for (const listener of [...peer.listeners]) {
        try {
          listener(message);
        } catch (error) {
          // A listener's fault must not reach the socket that posted, nor the other listeners.
          this.log(`channel ${name}: a host listener failed: ${errorMessage(error)}`);
        }
      }
    return true;
  }

  private sendTo(member: ChannelMember, name: string, message: unknown): void {
    try {
      member.send(name, message);
    } catch (error) {
      this.log(`channel ${name}: sending to a socket failed: ${errorMessage(error)}`);
    }
  }
}
