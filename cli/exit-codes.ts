/** Exit codes of every command, stated in `--help`. */
export const EXIT = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  internal: 3,
} as const;

/** A mistake in how the command was called: printed with the usage line, exit 2. */
export class UsageError extends Error {}

/**
 * A file the command could not read or write for a reason outside the program (a read-only folder, a full
 * disk, a directory where a file was expected): printed plainly, naming the path and the cause, exit 1.
 */
export class FileProblem extends Error {}
