export * from './event-store';
export * from './envelopes';
