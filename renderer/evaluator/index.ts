export { EvaluatorRoute } from './EvaluatorRoute';
export { EvaluatorScreen, type EvaluatorScreenProps, type SendCommand } from './EvaluatorScreen';
