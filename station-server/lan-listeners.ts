import type http from 'node:http';
import os from 'node:os';
import { errorMessage, type LanStatus } from '../core/index';
import type { LanControl } from './console-services';
import type { Listener } from './page-origin';
import { startStaticServer, type RunningStaticServer } from './static-server';

/**
 * The room network's addresses of this laptop: every IPv4 address of an interface that is not loopback. An
 * air-gapped room often has no DHCP server, so a self-assigned (169.254.x.x) address is kept too. IPv6 is left
 * out: stations type the address, and nobody reads an IPv6 one aloud.
 */
export function roomAddresses(
  interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]> = os.networkInterfaces(),
): string[] {
  const out: string[] = [];
  for (const entries of Object.values(interfaces))
    for (const entry of entries ?? [])
      if (entry.family === 'IPv4' && !entry.internal && !out.includes(entry.address)) out.push(entry.address);
  return out;
}

/** What a listener on one address serves: the app, the routes of a LAN listener, and the socket. */
export interface LanServing {
  root: string;
  routes: (listener: Listener) => (request: http.IncomingMessage, response: http.ServerResponse) => boolean;
  attachSockets: (server: http.Server, listener: Listener) => { close(): Promise<void> };
}

export interface LanListenersOptions {
  serving: LanServing;
  /** The port of the loopback listener: stations use the same one. */
  port: number;
  /** The addresses to listen on (`--host ADDRESS`), or null for every room address found when turned on. */
  chosen: readonly string[] | null;
  findAddresses?: () => string[];
  log?: (line: string) => void;
}

interface Running {
  server: RunningStaticServer;
  sockets: { close(): Promise<void> };
}

const hostHeaderOf = (address: string, port: number) =>
  address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;

/**
 * LAN mode (issue 20 §1): the app, a station's join and the socket, served on the room network's addresses
 * beside the loopback listener, started and stopped at run time. Each address gets its own listener, which
 * knows it is a LAN one: it never serves the console, and takes only its own address as the Host.
 */
export class LanListeners implements LanControl {
  private running: Running[] = [];
  private problem: string | null = null;
  private readonly listeners = new Set<(status: LanStatus) => void>();
  /** One change at a time: a double click must not bind twice. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: LanListenersOptions) {}

  status(): LanStatus {
    return {
      on: this.running.length > 0,
      urls: this.running.map(({ server }) => server.url),
      problem: this.problem,
    };
  }

  set(on: boolean): Promise<LanStatus> {
    const next = this.queue
      .then(() => (on ? this.start() : this.stop()))
      .then(() => {
        const status = this.status();
        for (const listener of this.listeners) listener(status);
        return status;
      });
    this.queue = next.catch(() => undefined);
    return next;
  }

  onChange(listener: (status: LanStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async start(): Promise<void> {
    if (this.running.length > 0) return;
    const addresses = this.options.chosen ?? (this.options.findAddresses ?? roomAddresses)();
    if (addresses.length === 0) {
      this.problem =
        'this laptop has no address on a room network: connect it to the exercise network (cable or Wi-Fi), then turn LAN mode on again';
      return;
    }
    const failures: string[] = [];
    for (const address of addresses) {
      try {
        this.running.push(await this.listen(address));
      } catch (error) {
        failures.push(`${address}: ${explainListen(error)}`);
      }
    }
    this.problem = failures.length > 0 ? `not listening on ${failures.join('; ')}` : null;
    for (const { server } of this.running) this.options.log?.(`LAN: stations join at ${server.url}`);
  }

  private async listen(address: string): Promise<Running> {
    const { serving, port } = this.options;
    const listener: Listener = { kind: 'lan', hostHeader: hostHeaderOf(address, port) };
    const server = await startStaticServer({
      root: serving.root,
      host: address,
      port,
      routes: serving.routes(listener),
    });
    return { server, sockets: serving.attachSockets(server.server, listener) };
  }

  private async stop(): Promise<void> {
    const running = this.running;
    this.running = [];
    this.problem = null;
    await Promise.all(
      running.map(async ({ server, sockets }) => {
        await sockets.close();
        await server.close();
      }),
    );
    if (running.length > 0) this.options.log?.('LAN: stopped; the host serves this laptop only');
  }
}

/** Why listening failed, in the words of whoever asked (a console's switch, serve's options). */
export function explainListen(
  error: unknown,
  words: { inUse: string; notHere: string; denied: string } = {
    inUse: 'the port is taken on that address',
    notHere: 'that address is not on this laptop',
    denied: 'not allowed to listen there',
  },
): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') return words.inUse;
  if (code === 'EADDRNOTAVAIL') return words.notHere;
  if (code === 'EACCES') return words.denied;
  return errorMessage(error);
}
