export * from './engine-host';
export * from './create-exercise';
export * from './backup';
export * from './ticker';
export * from './use-engine-host';
export * from './engine-view';
