/**
 * The longest a journal line may be, in bytes without its "\n". The largest legitimate line is
 * `exercise.created`, which embeds the scenario (at most 5 MB of YAML, core/documents' MAX_DOCUMENT_BYTES)
 * twice, as its source text and as its parsed document, and the playbook (about 0.4 MB today): some 11 MB,
 * and twice that if every character had to be escaped in JSON. Snapshots live in a file of their own, so no
 * event line carries engine state. 64 MB stays well above any of those, and well below what V8 can hold
 * in one string (about 512 M characters), where reading a runaway line (a file that is not a journal, a
 * 200 MB line) would otherwise end in an out-of-memory crash rather than a message.
 */
export const MAX_JOURNAL_LINE_BYTES = 64 * 1024 * 1024;

/** The problem told for a line over `bound` bytes: the reader prefixes the file and the line number. */
export function lineTooLongMessage(bound: number): string {
  return `the line is longer than ${formatBytes(bound)}, the longest a journal line may be`;
}

function formatBytes(bytes: number): string {
  const mb = 1024 * 1024;
  return bytes >= mb && bytes % mb === 0 ? `${bytes / mb} MB` : `${bytes} bytes`;
}
