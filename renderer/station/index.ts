export * from './StationRoute';
export { StationScreen, type StationScreenProps } from './StationScreen';
export { useStationClients, type RoleStation } from './use-station-clients';
export { CopyNotice, type CopyNoticeProps } from './CopyNotice';
export { DecisionForm, type DecisionFormProps } from './DecisionForm';
export { inboxItems } from './inbox-items';
