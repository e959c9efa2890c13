export * from './event-payloads';
export * from './event-map';
export * from './event-migrations';
export * from './decode-event';
export * from './expected-status';
export * from './role-play';
