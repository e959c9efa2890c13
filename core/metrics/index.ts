export * from './metrics-types';
export * from './compute-metrics';
export * from './metrics-summary';
export { latencyStats } from './latency-stats';
export { STAGE_OF_DECISION, standingDecisions } from './stage-timings';
export * from './compare-types';
export { compareRuns, ComparisonError } from './compare-runs';
export { renderComparison } from './comparison-summary';
