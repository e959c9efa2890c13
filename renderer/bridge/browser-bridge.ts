import type { DesktopBridge, OpenedFile } from '../../core/index';
import { version } from '../../package.json';
import { printWithMarking } from './print-marking';

/**
 * DesktopBridge with web APIs, for browser mode: a file input for opening, a download for saving, the browser's
 * print for a PDF, a new tab for a station. Nothing leaves the machine: the file is read in the page and saved
 * from a blob: URL of the page's own origin. The host is the one that served the page, and the terminal's
 * `npm start` controls it: there is no host control here.
 */
export const browserBridge: DesktopBridge = {
  hostOrigin: '',
  host: null,
  openFile(accept) {
    return new Promise<OpenedFile | null>((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept.join(',');
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (!file) return resolve(null);
        void file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }));
      });
      input.addEventListener('cancel', () => resolve(null));
      input.click();
    });
  },
  async saveFile(name, data, mimeType) {
    const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: mimeType });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke later: some browsers read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  async printToPdf(request) {
    return printWithMarking(window, request);
  },
  async appInfo() {
    return {
      shell: 'browser',
      appVersion: version,
      runtime: { browser: navigator.userAgent },
      dataFolder: null,
    };
  },
  async openWindow(routeHash) {
    window.open(new URL(routeHash, location.href).href, '_blank', 'noopener');
  },
};

/** The bridge this renderer uses: Electron's preload exposes `window.desktopBridge`; else the browser one. */
export function desktopBridge(): DesktopBridge {
  const exposed = (globalThis as { desktopBridge?: DesktopBridge }).desktopBridge;
  return exposed ?? browserBridge;
}
