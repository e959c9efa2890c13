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
