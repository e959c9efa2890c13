export * from './event-store';
export * from './envelopes';
export * from './transport';
export * from './desktop-bridge';
export * from './exercise-view';
export * from './exercise-record';
