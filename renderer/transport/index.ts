export * from './host-socket';
