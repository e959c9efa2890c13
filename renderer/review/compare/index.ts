export { CompareView, type CompareViewProps } from './CompareView';
export type { OtherExercise } from './use-other-run';
