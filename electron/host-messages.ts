import { z } from 'zod';

/*
 * What main and the host's utility process say to each other (ADR 0008): main asks for LAN mode and for the
 * host to stop; the host says when it is ready, answers, and reports a failure to start. Each side checks what
 * it reads against these schemas: a message of the wrong shape is logged and dropped.
 */

const LanStatusShape = z.object({
  on: z.boolean(),
  urls: z.array(z.string()),
  problem: z.string().nullable(),
});

export const ToHost = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lan'), requestId: z.number().int(), on: z.boolean() }),
  z.object({ kind: z.literal('stop') }),
]);
export type ToHost = z.infer<typeof ToHost>;

export const FromHost = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ready'), origin: z.string(), dataFolder: z.string(), lan: LanStatusShape }),
  z.object({ kind: z.literal('lan'), requestId: z.number().int(), lan: LanStatusShape }),
  z.object({ kind: z.literal('failed'), reason: z.string() }),
  z.object({ kind: z.literal('log'), line: z.string() }),
]);
export type FromHost = z.infer<typeof FromHost>;

/** The host process's command line: where the app's files are, the data folder, the port to try first. */
export interface HostArguments {
  appRoot: string;
  dataFolder: string;
  port: number;
}

export function hostArguments(args: HostArguments): string[] {
  return [`--app-root=${args.appRoot}`, `--data=${args.dataFolder}`, `--port=${args.port}`];
}

/** The arguments main gave; null when one is missing or malformed (the process was not started by main). */
export function readHostArguments(argv: readonly string[]): HostArguments | null {
  const value = (name: string) =>
    argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? null;
  const [appRoot, dataFolder, port] = [value('app-root'), value('data'), Number(value('port'))];
  if (!appRoot || !dataFolder || !Number.isInteger(port) || port < 0 || port > 65535) return null;
  return { appRoot, dataFolder, port };
}
