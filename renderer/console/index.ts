export * from './ConsoleRoute';
