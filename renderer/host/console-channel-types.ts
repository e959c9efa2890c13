import type { ConsoleMessage, TransportChannel } from '../../core/index';
import type { HostStatus } from '../transport/index';

// The shapes the console's channel (console-connection.ts) shares with those who use it: the page's socket
// it runs on, its status, and the followers of an exercise's log.

/** What the console needs of the page's socket to the host. */
export interface ConsoleSocket {
  readonly connected: boolean;
  openChannel(name: string): TransportChannel;
  onStatus(listener: (status: HostStatus) => void): () => void;
}

export type ConsoleStatus =
  /** Not yet connected, or connected and waiting for the host's welcome. */
  | { state: 'connecting' }
  /** The socket is down (the host stopped, or was never reached): it reconnects by itself. */
  | { state: 'unreachable' }
  | { state: 'ready'; dataFolder: string }
  /** The host would not give this page the console's rights: why. */
  | { state: 'refused'; reason: string };

/** The messages about one followed exercise. */
export type ExerciseMessage = Extract<
  ConsoleMessage,
  { kind: 'log' | 'opening' | 'diverged' | 'status' | 'presence' | 'not-found' }
>;

/** Whoever follows an exercise's log: what it holds, and where its messages go. */
export interface ExerciseFollower {
  /** The last `seq` it holds: the host sends from the one after, also after a reconnect. */
  since(): number;
  /** `eventDigest` of its event `since`, when it knows it: the host checks that it continues its journal. */
  digest?(): string | undefined;
  receive(message: ExerciseMessage): void;
  /** A refusal that named no request (a command the host could not read): shown, not lost. */
  refused(reason: string): void;
}

export type { ConsoleCommand } from '../../core/index';
