export * from './StationRoute';
export { StationScreen, type StationScreenProps } from './StationScreen';
export type { StationContent } from './station-content';
