export * from './host-socket';
export * from './host-address';
