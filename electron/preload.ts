// The preload of every window: the one typed `DesktopBridge` the renderer expects (`window.desktopBridge`,
// renderer/bridge/browser-bridge.ts), one function per capability on its fixed channel. Nothing of Electron
// itself reaches the page: not `ipcRenderer`, not a generic invoke.
import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopBridge } from '../core/index';
import { BRIDGE_CHANNELS, HOST_ORIGIN_ARGUMENT } from './bridge-channels';

/** Where the host listens: main passes it to each window as an argument (a sandboxed preload reads argv). */
export function hostOriginFrom(argv: readonly string[]): string {
  const given = argv.find((arg) => arg.startsWith(HOST_ORIGIN_ARGUMENT))?.slice(HOST_ORIGIN_ARGUMENT.length);
  // Only a loopback host over http is ever given; anything else would be refused by the page's policy anyway.
  return given !== undefined && /^http:\/\/127\.0\.0\.1:\d{1,5}$/.test(given) ? given : '';
}

export const desktopBridge: DesktopBridge = {
  hostOrigin: hostOriginFrom(process.argv),
  openFile: (accept) => ipcRenderer.invoke(BRIDGE_CHANNELS.openFile, [...accept]),
  saveFile: async (name, data, mimeType) => {
    await ipcRenderer.invoke(BRIDGE_CHANNELS.saveFile, name, data, mimeType);
  },
  printToPdf: (request) => ipcRenderer.invoke(BRIDGE_CHANNELS.printToPdf, { ...request }),
  appInfo: () => ipcRenderer.invoke(BRIDGE_CHANNELS.appInfo),
  openWindow: async (routeHash) => {
    await ipcRenderer.invoke(BRIDGE_CHANNELS.openWindow, routeHash);
  },
  host: {
    status: () => ipcRenderer.invoke(BRIDGE_CHANNELS.hostStatus),
    setLan: (on) => ipcRenderer.invoke(BRIDGE_CHANNELS.hostLan, on),
    restart: () => ipcRenderer.invoke(BRIDGE_CHANNELS.hostRestart),
  },
};

contextBridge.exposeInMainWorld('desktopBridge', desktopBridge);
