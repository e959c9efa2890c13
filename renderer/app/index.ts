export * from './App';
