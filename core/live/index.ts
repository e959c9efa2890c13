export * from './ticker';
export * from './automated-players';
export * from './live-loop';
