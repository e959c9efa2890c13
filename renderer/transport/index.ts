export * from './broadcast-transport';
export * from './host-socket';
