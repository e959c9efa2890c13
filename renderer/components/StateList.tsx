import './states-and-matrix.css';
import type { ContentWords } from '../../core/index';
import type { StateLabel } from './state-paths';

/**
 * A case's current states in the screen's language. The state's id and its description are the tooltip:
 * control may need the id (it is what `stateIn` and the playbook catalogue name), nobody needs to read it.
 */
export function StateList({
  machine,
  states,
  words,
}: {
  machine: string;
  states: readonly StateLabel[];
  words: ContentWords;
}) {
  return (
    <ul className="board-states">
      {states.map((state) => (
        <li
          key={state.path}
          title={[state.path, state.description].filter(Boolean).join(' — ')}
          data-state={state.path}
        >
          {state.phase ? (
            <span className="board-phase-tag" title={words.phase(state.phase)}>
              {state.phase}
            </span>
          ) : null}
          {words.state(machine, state.path)}
        </li>
      ))}
    </ul>
  );
}
