export { EvaluatorRoute } from './EvaluatorRoute';
export { EvaluatorScreen, type EvaluatorScreenProps } from './EvaluatorScreen';
