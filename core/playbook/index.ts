export * from './playbook-schema';
export * from './registry';
export * from './load-playbook';
export * from './playbook-model';
export * from './visibility';
export { buildMechanismMachine, timerEventType, stateExists, type MechanismMachine } from './build-machine';
export * from './routes';
export { acceptsEventType } from './state-tree';
export { firstStepToward, type FirstStep } from './path-to-event';
