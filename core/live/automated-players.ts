import type { CommandReply, ExerciseCommand } from '../ports/index';

/** Sends one command to the engine, stamped with the wall time read for it. */
export type SendCommand = (command: ExerciseCommand) => Promise<CommandReply>;

/**
 * Roles played by software (the console's auto roles, a headless run's players), as the live loop drives
 * them: it asks when they next mean to act, so a clock at maximum speed can stop there, and lets them act.
 */
export interface AutomatedPlayers {
  /** The earliest scenario time one of them means to act, or null. */
  nextWakeMs(): number | null;
  /** Send what is due at the engine's scenario time now, one command after the other. */
  act(send: SendCommand): Promise<void>;
  /** Stop following the engine. */
  dispose(): void;
}
