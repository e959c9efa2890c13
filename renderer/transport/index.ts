export * from './broadcast-transport';
