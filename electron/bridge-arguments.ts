import { z } from 'zod';
import { APP_ORIGIN } from './app-protocol';
import { BRIDGE_CHANNELS, type BridgeChannel } from './bridge-channels';
import { openableWindow } from './hardening';

/** A file extension a page may ask the open dialog to show, such as `.yaml` or `.pbsim-package`. */
const Extension = z.string().regex(/^\.[A-Za-z0-9][A-Za-z0-9-]{0,19}$/, 'must be an extension such as .yaml');

/** A file name the save dialog suggests: a name only, never a path. */
const SuggestedName = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..',
    'must be a file name, not a path',
  );

/** The largest file a page may save or open through the bridge: a whole exercise package fits. */
export const MOST_FILE_BYTES = 512 * 1024 * 1024;

/** A page to print: its PDF's name, the marking on every page (a scenario's, a line long at most). */
const PrintRequestShape = z
  .object({
    fileName: SuggestedName.refine((name) => /\.pdf$/i.test(name), 'must end in .pdf'),
    marking: z.string().min(1).max(300),
    landscape: z.boolean().optional(),
    footnote: z.string().max(300).optional(),
  })
  .strict();

/** One of the app's own screens that opens in a window of its own (a station's or the evaluator's). */
const WindowRoute = z
  .string()
  .max(2000)
  .refine(
    (routeHash) => routeHash.startsWith('#/') && openableWindow(`${APP_ORIGIN}/${routeHash}`) !== null,
    "must be a station's or the evaluator's route, such as #/station/<exercise>/<role>",
  );

export const BRIDGE_ARGUMENTS = {
  [BRIDGE_CHANNELS.openFile]: z.tuple([z.array(Extension).max(20)]),
  [BRIDGE_CHANNELS.saveFile]: z.tuple([
    SuggestedName,
    z.union([z.string().max(MOST_FILE_BYTES), z.instanceof(Uint8Array)]),
    z.string().regex(/^[a-z]+\/[a-z0-9.+-]+(;.*)?$/i, 'must be a MIME type'),
  ]),
  [BRIDGE_CHANNELS.printToPdf]: z.tuple([PrintRequestShape]),
  [BRIDGE_CHANNELS.appInfo]: z.tuple([]),
  [BRIDGE_CHANNELS.openWindow]: z.tuple([WindowRoute]),
  [BRIDGE_CHANNELS.hostStatus]: z.tuple([]),
  [BRIDGE_CHANNELS.hostLan]: z.tuple([z.boolean()]),
  [BRIDGE_CHANNELS.hostRestart]: z.tuple([]),
} as const;

/** The arguments of a call on `channel`, checked; the reason names the argument at fault. */
export function checkBridgeArguments<C extends BridgeChannel>(
  channel: C,
  args: unknown[],
): { ok: true; args: z.infer<(typeof BRIDGE_ARGUMENTS)[C]> } | { ok: false; reason: string } {
  const parsed = BRIDGE_ARGUMENTS[channel].safeParse(args);
  if (parsed.success) return { ok: true, args: parsed.data as z.infer<(typeof BRIDGE_ARGUMENTS)[C]> };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `argument ${issue.path.join('.')}` : 'arguments';
  return { ok: false, reason: `${channel}: ${where}: ${issue?.message ?? 'not what this channel takes'}` };
}
