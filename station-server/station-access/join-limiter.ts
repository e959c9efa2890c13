/**
 * How often join codes may be tried (issue 20 §2, ADR 0007). Per address: 5 wrong codes in 10 minutes, then
 * locked out until the window has passed, twice as long at each repeat (at most an hour): a person mistyping
 * is slowed a little, a guesser stops. All addresses together: 60 wrong codes a minute, so a room full of
 * guessers is no faster than 60 a minute (see core/stations/join-code.ts for what that means in years). Per
 * code: 30 stations in 10 minutes, so a code that leaked cannot mint stations without bound.
 */
export const WRONG_CODES_PER_ADDRESS = 5;
export const ADDRESS_WINDOW_MS = 10 * 60_000;
export const MAX_LOCKOUT_MS = 60 * 60_000;
export const WRONG_CODES_PER_MINUTE = 60;
export const JOINS_PER_CODE = 30;
export const CODE_WINDOW_MS = 10 * 60_000;
/** Addresses remembered at most: a flood of spoofed sources cannot grow memory without bound. */
const MAX_ADDRESSES = 10_000;

interface AddressEntry {
  failures: number[];
  lockedUntilMs: number;
  lockouts: number;
}

export type LimitCheck = { ok: true } | { ok: false; retryAfterMs: number };

export class JoinLimiter {
  private readonly addresses = new Map<string, AddressEntry>();
  private readonly recentFailures: number[] = [];
  private readonly joinsByCode = new Map<string, number[]>();

  constructor(private readonly deps: { now: () => number }) {}

  /** May this address try a code now? */
  check(address: string): LimitCheck {
    const now = this.deps.now();
    const entry = this.addresses.get(address);
    if (entry && entry.lockedUntilMs > now) return { ok: false, retryAfterMs: entry.lockedUntilMs - now };
    prune(this.recentFailures, now - 60_000);
    if (this.recentFailures.length >= WRONG_CODES_PER_MINUTE)
      return { ok: false, retryAfterMs: (this.recentFailures[0] as number) + 60_000 - now };
    return { ok: true };
  }

  /** May one more station join with this code now? */
  checkCode(codeId: string): LimitCheck {
    const now = this.deps.now();
    const joins = this.joinsByCode.get(codeId) ?? [];
    prune(joins, now - CODE_WINDOW_MS);
    if (joins.length >= JOINS_PER_CODE)
      return { ok: false, retryAfterMs: (joins[0] as number) + CODE_WINDOW_MS - now };
    return { ok: true };
  }

  failed(address: string): void {
    const now = this.deps.now();
    this.recentFailures.push(now);
    const entry = this.addresses.get(address) ?? { failures: [], lockedUntilMs: 0, lockouts: 0 };
    this.addresses.delete(address);
    this.addresses.set(address, entry);
    prune(entry.failures, now - ADDRESS_WINDOW_MS);
    entry.failures.push(now);
    if (entry.failures.length >= WRONG_CODES_PER_ADDRESS) {
      entry.lockedUntilMs = now + Math.min(MAX_LOCKOUT_MS, ADDRESS_WINDOW_MS * 2 ** entry.lockouts);
      entry.lockouts += 1;
      entry.failures = [];
    }
    // The oldest address goes first (a Map keeps insertion order; a failing one was moved to the end).
    if (this.addresses.size > MAX_ADDRESSES)
      this.addresses.delete(this.addresses.keys().next().value as string);
  }

  succeeded(codeId: string): void {
    const joins = this.joinsByCode.get(codeId) ?? [];
    joins.push(this.deps.now());
    this.joinsByCode.set(codeId, joins);
  }
}

/**
 * Drop the times at or before `from` from the front of a list kept in time order: a window of ten minutes
 * ends ten minutes after its first entry, when the wait a refusal named (retryAfterMs) is over.
 */
function prune(times: number[], from: number): void {
  let drop = 0;
  while (drop < times.length && (times[drop] as number) <= from) drop += 1;
  if (drop > 0) times.splice(0, drop);
}
