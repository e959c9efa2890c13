import type { ExerciseView } from '../../core/index';
import type { SendCommand } from '../components/index';

/**
 * What every console panel is given: the exercise to read, and the function that sends EXCON's commands.
 * Never the engine: it may run in another process, where the console reaches it only through these two.
 */
export interface ConsoleProps {
  view: ExerciseView;
  send: SendCommand;
}

/**
 * Sends a command as EXCON acting as a role (`actingAs`): a role in play, or a body the scenario does not
 * play, which control may take decisions for (docs/controller-guide.md, "Bodies not played").
 */
export type SendAs = (role: string) => SendCommand;
