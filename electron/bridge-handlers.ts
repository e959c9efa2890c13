import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { OpenedFile } from '../core/index';
import { isAppUrl } from './app-protocol';
import { checkBridgeArguments, MOST_FILE_BYTES } from './bridge-arguments';
import { BRIDGE_CHANNELS, type BridgeChannel } from './bridge-channels';

/** What the handlers need of the desktop: dialogs and files, given by main (and by the tests). */
export interface BridgeDesktop {
  chooseFileToOpen(extensions: string[]): Promise<string | null>;
  /** The path the user chose to save to (the dialog asks before replacing a file), or null. */
  chooseFileToSave(suggestedName: string): Promise<string | null>;
  fileSize(file: string): Promise<number>;
  readFile(file: string): Promise<Uint8Array>;
  writeFile(file: string, data: string | Uint8Array): Promise<void>;
  log(line: string): void;
}

/** Only a frame of the app's own pages may use the bridge: never a page of any other origin. */
export function senderIsApp(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url;
  if (!url) return false;
  try {
    return isAppUrl(new URL(url));
  } catch {
    return false;
  }
}

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/**
 * One handler per channel: the sending frame checked, the arguments checked against the channel's schema,
 * then the capability. A refusal rejects the page's call with a reason naming the argument at fault.
 */
export function bridgeHandlers(desktop: BridgeDesktop): Record<BridgeChannel, Handler> {
  const guarded =
    <C extends BridgeChannel>(
      channel: C,
      run: (
        args: Extract<ReturnType<typeof checkBridgeArguments<C>>, { ok: true }>['args'],
      ) => Promise<unknown>,
    ): Handler =>
    async (event, ...args) => {
      if (!senderIsApp(event)) {
        desktop.log(
          `${channel}: refused a frame that is not the app's (${event.senderFrame?.url ?? 'none'})`,
        );
        throw new Error(`${channel}: only the app's own pages may use the bridge`);
      }
      const checked = checkBridgeArguments(channel, args);
      if (!checked.ok) throw new Error(checked.reason);
      return run(checked.args);
    };
  return {
    [BRIDGE_CHANNELS.openFile]: guarded(BRIDGE_CHANNELS.openFile, async ([extensions]) => {
      const file = await desktop.chooseFileToOpen(extensions);
      if (file === null) return null;
      const size = await desktop.fileSize(file);
      if (size > MOST_FILE_BYTES)
        throw new Error(`${path.basename(file)} is ${size} bytes: more than a file opened here may be`);
      const opened: OpenedFile = { name: path.basename(file), bytes: await desktop.readFile(file) };
      return opened;
    }),
    [BRIDGE_CHANNELS.saveFile]: guarded(BRIDGE_CHANNELS.saveFile, async ([name, data]) => {
      const file = await desktop.chooseFileToSave(name);
      if (file === null) return;
      await desktop.writeFile(file, data);
    }),
  };
}

/** Register the handlers on main's IPC, each on its fixed channel. */
export function registerBridge(ipcMain: Pick<IpcMain, 'handle'>, desktop: BridgeDesktop): void {
  for (const [channel, handler] of Object.entries(bridgeHandlers(desktop))) ipcMain.handle(channel, handler);
}
