export * from './station-protocol';
export * from './station-hub';
export * from './station-client';
export * from './in-process-transport';
export * from './host-clock';
export * from './socket-frames';
export * from './console-protocol';
export * from './station-lock';
