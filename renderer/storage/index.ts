export * from './storage-error';
export * from './dexie-event-store';
export * from './exercise-db';
export * from './station-db';
export * from './app-databases';
export * from './browser-exercises';
export * from './console-copy';
