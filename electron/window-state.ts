import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** A rectangle on the screen, in device-independent pixels (Electron's Rectangle). */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

const BoundsShape = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
const SavedWindow = z.object({ bounds: BoundsShape, maximized: z.boolean() });
export type SavedWindow = z.infer<typeof SavedWindow>;
const SavedWindows = z.record(z.string(), SavedWindow);

/** The smallest part of a window that must stay on a screen for its place to be reused. */
const MOST_HIDDEN = { width: 120, height: 60 };
export const DEFAULT_SIZE = { width: 1280, height: 860 };

function overlap(a: Bounds, b: Bounds): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Where a window opens: where it was, if enough of that place is still on a screen (the projector it was on may
 * be gone), its size no larger than that screen's work area; otherwise the default size, centred by Electron.
 */
export function placeWindow(
  saved: SavedWindow | undefined,
  workAreas: readonly Bounds[],
): { bounds: Bounds | null; size: { width: number; height: number }; maximized: boolean } {
  const fallback = { bounds: null, size: DEFAULT_SIZE, maximized: false };
  if (!saved) return fallback;
  const screen = workAreas.find((area) => {
    const shared = overlap(saved.bounds, area);
    return shared.width >= MOST_HIDDEN.width && shared.height >= MOST_HIDDEN.height;
  });
  if (!screen) return { ...fallback, maximized: saved.maximized };
  const width = Math.min(saved.bounds.width, screen.width);
  const height = Math.min(saved.bounds.height, screen.height);
  return { bounds: { ...saved.bounds, width, height }, size: { width, height }, maximized: saved.maximized };
}

/**
 * The windows' places, kept in one small JSON file beside the data folder (`window-state.json`), keyed by the
 * window ("console", "station:<exercise>:<roles>"). A missing or damaged file is an empty one: a window then
 * opens at its default size, which is no loss worth a message.
 */
export class WindowStateFile {
  private saved: Record<string, SavedWindow>;

  constructor(private readonly file: string) {
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch {
      // No file yet, or not JSON.
    }
    const read = SavedWindows.safeParse(parsed);
    this.saved = read.success ? read.data : {};
  }

  get(key: string): SavedWindow | undefined {
    return this.saved[key];
  }

  /** Keeps a window's place, written at once (through a temporary file, so a crash leaves the old one whole). */
  remember(key: string, state: SavedWindow): void {
    this.saved = { ...this.saved, [key]: state };
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(this.saved, null, 2)}\n`);
    renameSync(temporary, this.file);
  }
}
