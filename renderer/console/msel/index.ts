export * from './MselPanel';
export { mselRows, type MselRow, type MselRollup, type MselTrigger, type RecipientState } from './msel-rows';
export { filterRows, NO_FILTER, type MselFilter } from './msel-filter';
