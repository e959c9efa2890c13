/** A file the user chose to open. */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * What the renderer may ask of the desktop (docs/architecture.md §9 rule 4): one function per capability. The
 * Electron preload implements it over fixed IPC channels (`file:open`, `file:save`, …); the browser build
 * implements it with web APIs (a file picker, a download).
 */
export interface DesktopBridge {
  /** Ask the user for a file; null when they cancel. `accept` lists extensions such as `.yaml`. */
  openFile(accept: readonly string[]): Promise<OpenedFile | null>;
  /** Offer a file to save (a download in the browser). */
  saveFile(name: string, data: string | Uint8Array, mimeType: string): Promise<void>;
}
