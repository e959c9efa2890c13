export { JoinScreen, NeedsCode } from './JoinScreen';
export { JoinForm, type JoinFormProps } from './JoinForm';
export { routeOfGrant } from './grant-route';
export {
  forgetGrant,
  grantOnHostLaptop,
  joinWithCode,
  keepGrant,
  keptGrant,
  onHostLaptop,
  stationGrantFor,
  type StationGrant,
} from './station-grant';
