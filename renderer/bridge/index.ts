export * from './browser-bridge';
export { printMarkingCss } from './print-marking';
