export * from './check-batch';
export * from './journal-codec';
export * from './memory-event-store';
