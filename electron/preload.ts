// The preload of every window: the one typed `DesktopBridge` the renderer expects (`window.desktopBridge`,
// renderer/bridge/browser-bridge.ts), one function per capability on its fixed channel. Nothing of Electron
// itself reaches the page: not `ipcRenderer`, not a generic invoke.
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopBridge } from '../core/index';
import { BRIDGE_CHANNELS } from './bridge-channels';

export const desktopBridge: DesktopBridge = {
  openFile: (accept) => ipcRenderer.invoke(BRIDGE_CHANNELS.openFile, [...accept]),
  saveFile: async (name, data, mimeType) => {
    await ipcRenderer.invoke(BRIDGE_CHANNELS.saveFile, name, data, mimeType);
  },
};

contextBridge.exposeInMainWorld('desktopBridge', desktopBridge);
