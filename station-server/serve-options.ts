import { errorMessage } from '../core/index';
import { parseArgs } from 'node:util';
import { DEFAULT_HOST, DEFAULT_PORT } from './static-server';

export interface ServeOptions {
  host: string;
  port: number;
  help: boolean;
}

export const SERVE_USAGE =
  'usage: npm run serve -- [--port N] [--host H] (defaults: --port 4173 --host 127.0.0.1)';

/** A mistake on the command line: serve.ts prints its message alone and exits 2. */
export class UsageError extends Error {}

function parsePort(text: string): number {
  // Digits only: Number('') is 0 and Number('0x10') is 16, neither of which anyone meant.
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, got '${text}'`);
  }
  return Number(text);
}

export function parseServeOptions(argv: readonly string[]): ServeOptions {
  let values: { port?: string; host?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
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
  return {
    host,
    port: values.port === undefined ? DEFAULT_PORT : parsePort(values.port),
    help: values.help ?? false,
  };
}
