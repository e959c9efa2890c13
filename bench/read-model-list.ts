// The read models the replay benchmark measures one by one (bench/read-models-child.ts), and the baseline
// they are compared with: every event of the journal decoded and held.
import {
  EvaluationLog,
  ExchangeGraph,
  ExerciseReadModels,
  ExpectedActionLog,
  InjectLog,
  MechanismHistory,
  type ExerciseEvent,
  type LoadedContent,
} from '../core/index';

export const READ_MODELS = {
  'expected-action outcomes': () => new ExpectedActionLog(),
  'inject log per recipient': () => new InjectLog(),
  'exchange graph': (content: LoadedContent) => new ExchangeGraph(content),
  'mechanism transition history': (content: LoadedContent) => new MechanismHistory(content),
  'evaluation record': () => new EvaluationLog(),
  'all of them (ExerciseReadModels)': (content: LoadedContent) => new ExerciseReadModels(content),
  baseline: () => {
    const held: ExerciseEvent[] = [];
    return { apply: (event: ExerciseEvent) => void held.push(event), held };
  },
} as const;
