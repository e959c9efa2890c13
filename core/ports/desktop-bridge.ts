import type { LanStatus } from '../stations/index';

/** A file the user chose to open. */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/** A page to print to PDF: the name the save dialog suggests, and the marking on every page's head and foot. */
export interface PrintRequest {
  fileName: string;
  marking: string;
  landscape?: boolean;
  /**
   * One line of text at the foot of every page, beside the marking: the report's journal head and signing key
   * (issue 25), so every page says which record it was printed from.
   */
  footnote?: string;
}

/** What the app is and runs on, for About and for a report's colophon. */
export interface AppInfo {
  shell: 'desktop' | 'browser';
  appVersion: string;
  /** The runtime's versions: Electron, Chromium, Node and V8 in the desktop app; the browser in browser mode. */
  runtime: Record<string, string>;
  /** The host's data folder where the shell knows it (the desktop app); null in a browser. */
  dataFolder: string | null;
}

/** The exercise host as the desktop app runs it, in its own process (ADR 0008). */
export interface DesktopHostStatus {
  /** `http://127.0.0.1:<port>` while it runs; null while it starts or restarts. */
  origin: string | null;
  /** Times it was restarted after a crash since the app started. */
  restarts: number;
  /** The last crash or start failure, in words; null when there was none. */
  problem: string | null;
}

/** The desktop app's control of its own host; browser mode's host is the terminal's `npm start`. */
export interface HostControl {
  status(): Promise<DesktopHostStatus>;
  /** LAN mode on or off: the host listens on the room network's addresses beside loopback, or stops. */
  setLan(on: boolean): Promise<LanStatus>;
  /** Stop and start the host (journals flushed, locks released); the windows reconnect by themselves. */
  restart(): Promise<DesktopHostStatus>;
}

/**
 * What the renderer may ask of the desktop (docs/architecture.md §9 rule 4): one function per capability. The
 * Electron preload implements it over fixed IPC channels (`file:open`, `file:save`, …); the browser build
 * implements it with web APIs (a file picker, a download, the browser's print).
 */
export interface DesktopBridge {
  /**
   * Where the exercise host is: '' for the page's own origin (browser mode, where the host served the page);
   * `http://127.0.0.1:<port>` in the desktop app, whose pages come from `app://pbsim`.
   */
  readonly hostOrigin: string;
  /** Ask the user for a file; null when they cancel. `accept` lists extensions such as `.yaml`. */
  openFile(accept: readonly string[]): Promise<OpenedFile | null>;
  /** Offer a file to save (a download in the browser). */
  saveFile(name: string, data: string | Uint8Array, mimeType: string): Promise<void>;
  /** Print this page to a PDF with the marking at the head and foot of every page; false when cancelled. */
  printToPdf(request: PrintRequest): Promise<boolean>;
  appInfo(): Promise<AppInfo>;
  /** Open one of the app's own screens (a route hash such as `#/station/<id>/<role>`) in a window of its own. */
  openWindow(routeHash: string): Promise<void>;
  /** The desktop app's host control; null in browser mode. */
  readonly host: HostControl | null;
}
