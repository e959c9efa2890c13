import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { AppInfo, DesktopHostStatus, LanStatus, OpenedFile } from '../core/index';
import { APP_ORIGIN, isAppUrl } from './app-protocol';
import { checkBridgeArguments, MOST_FILE_BYTES } from './bridge-arguments';
import { BRIDGE_CHANNELS, type BridgeChannel } from './bridge-channels';
import { openableWindow, type OpenableWindow } from './hardening';
import { pdfOptions, type PdfOptions } from './print-templates';

/** The window that asked: what printing needs of it (Electron's WebContents). */
export interface PrintableContents {
  printToPDF(options: PdfOptions): Promise<Uint8Array>;
}

/** What the handlers need of the desktop: dialogs, files, windows and the host, given by main (and by tests). */
export interface BridgeDesktop {
  chooseFileToOpen(extensions: string[]): Promise<string | null>;
  /** The path the user chose to save to (the dialog asks before replacing a file), or null. */
  chooseFileToSave(suggestedName: string): Promise<string | null>;
  fileSize(file: string): Promise<number>;
  readFile(file: string): Promise<Uint8Array>;
  writeFile(file: string, data: string | Uint8Array): Promise<void>;
  appInfo(): AppInfo;
  openWindow(window: OpenableWindow): void;
  host: {
    status(): DesktopHostStatus;
    setLan(on: boolean): Promise<LanStatus>;
    restart(): Promise<DesktopHostStatus>;
  };
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
        event: IpcMainInvokeEvent,
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
      return run(checked.args, event);
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
    // Where to save is asked first: a cancelled dialog costs no printing.
    [BRIDGE_CHANNELS.printToPdf]: guarded(BRIDGE_CHANNELS.printToPdf, async ([request], event) => {
      const file = await desktop.chooseFileToSave(request.fileName);
      if (file === null) return false;
      const contents = event.sender as unknown as PrintableContents;
      await desktop.writeFile(file, await contents.printToPDF(pdfOptions(request)));
      return true;
    }),
    [BRIDGE_CHANNELS.appInfo]: guarded(BRIDGE_CHANNELS.appInfo, async () => desktop.appInfo()),
    [BRIDGE_CHANNELS.openWindow]: guarded(BRIDGE_CHANNELS.openWindow, async ([routeHash]) => {
      // The schema let only an openable route through.
      desktop.openWindow(openableWindow(`${APP_ORIGIN}/${routeHash}`) as OpenableWindow);
    }),
    [BRIDGE_CHANNELS.hostStatus]: guarded(BRIDGE_CHANNELS.hostStatus, async () => desktop.host.status()),
    [BRIDGE_CHANNELS.hostLan]: guarded(BRIDGE_CHANNELS.hostLan, ([on]) => desktop.host.setLan(on)),
    [BRIDGE_CHANNELS.hostRestart]: guarded(BRIDGE_CHANNELS.hostRestart, () => desktop.host.restart()),
  };
}

/** Register the handlers on main's IPC, each on its fixed channel. */
export function registerBridge(ipcMain: Pick<IpcMain, 'handle'>, desktop: BridgeDesktop): void {
  for (const [channel, handler] of Object.entries(bridgeHandlers(desktop))) ipcMain.handle(channel, handler);
}
