import { readFile, writeFile } from 'node:fs/promises';

/**
 * The host's last sign of life for one exercise (ADR 0004 §7): the wall time, rewritten every second while
 * its clock runs. After a crash the restart resumes the clock from there, so scenario time continues where the
 * stations last saw it instead of falling back to the last event (which may be hours of scenario time earlier
 * at 1×). Not fsync'd: a process crash keeps what the kernel has; after a power cut the marker may be a
 * little behind, or empty, and the restart then falls back to the journal's last event.
 */
export class AliveMarker {
  constructor(readonly file: string) {}

  /** The wall time it last recorded, or null when there is none (never written, unreadable, cut short). */
  async read(): Promise<number | null> {
    const text = await readFile(this.file, 'utf8').catch(() => '');
    return /^\d{1,16}$/.test(text.trim()) ? Number(text.trim()) : null;
  }

  beat(wallMs: number): Promise<void> {
    return writeFile(this.file, `${Math.floor(wallMs)}\n`);
  }
}
