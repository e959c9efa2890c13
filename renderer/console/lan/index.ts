export { LanPanel } from './LanPanel';
export type { StationAccessSource } from './use-station-access';
