/** Exit codes of every command, stated in `--help`. */
export const EXIT = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  internal: 3,
} as const;

/** A mistake in how the command was called: printed with the usage line, exit 2. */
export class UsageError extends Error {}
