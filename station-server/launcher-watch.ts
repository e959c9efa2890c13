import { readFileSync } from 'node:fs';

/**
 * `npm start` runs npm, which runs a shell, which runs the host: when npm itself is killed (a closed terminal
 * on some systems, a task manager, a test harness), the shell and the host are orphaned and the host would run
 * on, holding the port and the journals' locks. So the host watches the npm process that started it and closes
 * cleanly when it is gone.
 */

/** The shells npm runs scripts through: when our parent is one of these, npm is the shell's parent. */
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ash', 'busybox', 'cmd.exe', 'powershell.exe', 'pwsh']);

export interface ProcStat {
  comm: string;
  /** R, S, D, … and Z for a process that is dead but not yet reaped by its parent. */
  state: string;
  ppid: number;
  /** Clock ticks after boot: tells a process from a later one that reused its pid. */
  startTime: number;
}

/** Fields of /proc/<pid>/stat; the command name is in parentheses and may itself hold spaces or parentheses. */
export function parseProcStat(text: string): ProcStat | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  // After the name: state (0), ppid (1), … starttime (19).
  const fields = text.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  const startTime = Number(fields[19]);
  if (!Number.isInteger(ppid) || !Number.isInteger(startTime)) return null;
  return { comm: text.slice(open + 1, close), state: fields[0] ?? '', ppid, startTime };
}

export function readProcStat(pid: number): ProcStat | null {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

export interface LauncherProbe {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  ppid?: number;
  procStat?: (pid: number) => ProcStat | null;
}

/** The npm process that started this one, or null when npm did not (`npm_lifecycle_event` is npm's). */
export function findLauncher(probe: LauncherProbe = {}): number | null {
  const env = probe.env ?? process.env;
  const ppid = probe.ppid ?? process.ppid;
  if (!env.npm_lifecycle_event) return null;
  if ((probe.platform ?? process.platform) !== 'linux') return ppid;
  const parent = (probe.procStat ?? readProcStat)(ppid);
  // npm → sh → node, unless the shell replaced itself with node (then npm is our parent).
  if (parent && SHELLS.has(parent.comm) && parent.ppid > 1) return parent.ppid;
  return ppid;
}

/** True while a process with this pid exists (EPERM: it exists, and is someone else's). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface WatchOptions {
  everyMs?: number;
  isAlive?: (pid: number) => boolean;
  procStat?: (pid: number) => ProcStat | null;
}

/**
 * Checks every second that `pid` lives (and, on linux, is still the same process) and calls `onGone` once when
 * it is not. Returns the function that stops watching. The timer does not keep the process alive by itself.
 */
export function watchLauncher(pid: number, onGone: () => void, options: WatchOptions = {}): () => void {
  const isAlive = options.isAlive ?? isProcessAlive;
  const procStat = options.procStat ?? (process.platform === 'linux' ? readProcStat : () => null);
  const startTime = procStat(pid)?.startTime ?? null;
  const timer = setInterval(() => {
    // A killed launcher whose own parent has not reaped it yet still answers kill(pid, 0): a zombie.
    const stat = startTime === null ? null : procStat(pid);
    const gone = startTime !== null && (stat === null || stat.startTime !== startTime || stat.state === 'Z');
    if (isAlive(pid) && !gone) return;
    clearInterval(timer);
    onGone();
  }, options.everyMs ?? 1_000);
  timer.unref();
  return () => clearInterval(timer);
}
