export * from './ConsoleRoute';
export { InjectFields } from './msel/InjectFields';
