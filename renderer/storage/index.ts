export * from './dexie-event-store';
export * from './exercise-db';
