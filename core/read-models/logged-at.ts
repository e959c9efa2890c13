/** The moment of a logged event: its place in the log and its two clocks. */
export interface LoggedAt {
  seq: number;
  scenarioMs: number;
  wallMs: number;
}

export const loggedAt = (event: LoggedAt): LoggedAt => ({
  seq: event.seq,
  scenarioMs: event.scenarioMs,
  wallMs: event.wallMs,
});
