export * from './StationRoute';
export { StationScreen, type StationScreenProps } from './StationScreen';
