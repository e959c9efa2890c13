/**
 * The only import point of core/ for the rest of the code (ARCHITECTURE.md §7 rule 5).
 */
export * from './documents/index';
export * from './playbook/index';
export * from './scenario/index';
export * from './msel/index';
export * from './content/index';
export * from './events/index';
export * from './ports/index';
export * from './engine/index';
export * from './stores/index';
export * from './agents/index';
export * from './read-models/index';
export * from './metrics/index';
export * from './stations/index';
export * from './live/index';
