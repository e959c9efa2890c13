export * from './station-protocol';
export * from './station-hub';
export * from './station-client';
export * from './in-process-transport';
export * from './host-clock';
