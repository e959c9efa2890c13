import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage } from '../core/index';
import { LOOPBACK_HOSTS } from './loopback';
import { DEFAULT_HOST, DEFAULT_PORT } from './static-server';

export interface ServeOptions {
  /** The loopback name the console is served on. */
  host: string;
  /**
   * LAN mode at start: `--host ADDRESS` (that address of this laptop) or `--lan` (every room address, null);
   * absent: loopback only, until the console turns LAN mode on.
   */
  lan: { addresses: string[] | null } | null;
  port: number;
  /** `--data DIR`, made absolute; null for the per-user default folder. */
  dataFolder: string | null;
  /** False with `--no-build`: serve dist/renderer as it is (the end-to-end harness builds it once). */
  build: boolean;
  help: boolean;
}

export const SERVE_USAGE =
  'usage: npm start -- [--data DIR] [--port N] [--lan | --host ADDRESS] [--no-build] (defaults: the per-user data folder, --port 4173, this laptop only until LAN mode is turned on)';

/** Why a wildcard --host is refused: LAN mode is a choice of this laptop's addresses, shown to the controller. */
export const NAME_AN_ADDRESS =
  'name one address of this laptop on the room network, or use --lan to listen on all of them';

/** A mistake on the command line: serve.ts prints its message alone and exits 2. */
export class UsageError extends Error {}

function parsePort(text: string): number {
  // Digits only: Number('') is 0 and Number('0x10') is 16, neither of which anyone meant.
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, got '${text}'`);
  }
  return Number(text);
}

export function parseServeOptions(argv: readonly string[], cwd = process.cwd()): ServeOptions {
  let values: {
    port?: string;
    host?: string;
    lan?: boolean;
    data?: string;
    'no-build'?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        lan: { type: 'boolean' },
        data: { type: 'string' },
        'no-build': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // parseArgs explains well but at length ("To specify a positional argument …"): keep the first sentence.
    const text = errorMessage(error);
    throw new UsageError(text.split(/\n|\. /, 1)[0] || 'bad options');
  }
  const given = values.host;
  if (given !== undefined && given.trim() === '') throw new UsageError('--host must not be empty');
  // A loopback --host is where the console is served, as before LAN mode; any other is a room address.
  const loopback = given !== undefined && LOOPBACK_HOSTS.includes(given.toLowerCase());
  if (given !== undefined && !loopback) {
    if (!net.isIP(given)) throw new UsageError(`--host ${given}: give an IP address; ${NAME_AN_ADDRESS}`);
    if (/^(0\.0\.0\.0|::0*)$/.test(given)) throw new UsageError(`--host ${given}: ${NAME_AN_ADDRESS}`);
    if (values.lan)
      throw new UsageError('--host ADDRESS and --lan both choose the LAN addresses: give one of them');
  }
  if (values.data !== undefined && values.data.trim() === '')
    throw new UsageError('--data must name a folder');
  return {
    host: loopback ? (given as string) : DEFAULT_HOST,
    lan: given !== undefined && !loopback ? { addresses: [given] } : values.lan ? { addresses: null } : null,
    port: values.port === undefined ? DEFAULT_PORT : parsePort(values.port),
    dataFolder: values.data === undefined ? null : path.resolve(cwd, values.data),
    build: !(values['no-build'] ?? false),
    help: values.help ?? false,
  };
}
