import path from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage } from '../core/index';
import { LOOPBACK_HOSTS } from './loopback';
import { DEFAULT_HOST, DEFAULT_PORT } from './static-server';

export interface ServeOptions {
  host: string;
  port: number;
  /** `--data DIR`, made absolute; null for the per-user default folder. */
  dataFolder: string | null;
  /** False with `--no-build`: serve dist/renderer as it is (the end-to-end harness builds it once). */
  build: boolean;
  help: boolean;
}

export const SERVE_USAGE =
  'usage: npm start -- [--data DIR] [--port N] [--host H] [--no-build] (defaults: the per-user data folder, --port 4173, --host 127.0.0.1)';

/** Why a non-loopback --host is refused (docs/architecture.md §5: LAN mode is a later, explicit choice). */
export const LOOPBACK_ONLY = `LAN stations are not built yet: the host listens on loopback only (${LOOPBACK_HOSTS.join(', ')})`;

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
  let values: { port?: string; host?: string; data?: string; 'no-build'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
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
  const host = values.host ?? DEFAULT_HOST;
  if (host.trim() === '') throw new UsageError('--host must not be empty');
  if (!LOOPBACK_HOSTS.includes(host.toLowerCase())) throw new UsageError(`--host ${host}: ${LOOPBACK_ONLY}`);
  if (values.data !== undefined && values.data.trim() === '')
    throw new UsageError('--data must name a folder');
  return {
    host,
    port: values.port === undefined ? DEFAULT_PORT : parsePort(values.port),
    dataFolder: values.data === undefined ? null : path.resolve(cwd, values.data),
    build: !(values['no-build'] ?? false),
    help: values.help ?? false,
  };
}
