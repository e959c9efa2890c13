// Lint with the boundary rules of docs/architecture.md §9.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import { noEngineInScreensRule } from './eslint/no-engine-in-screens-rule.js';
import { noPayloadCastRule } from './eslint/no-payload-cast-rule.js';
import { throughIndexRule } from './eslint/through-index-rule.js';

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const UI_AND_PLATFORM = ['react', 'react-dom', 'electron', 'dexie', 'dexie-react-hooks', 'zustand'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'coverage/', 'runs/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: {
      boundaries: {
        rules: { 'through-index': throughIndexRule, 'no-engine-in-screens': noEngineInScreensRule },
      },
      events: { rules: { 'no-payload-cast': noPayloadCastRule } },
    },
    rules: {
      'boundaries/through-index': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Payloads are narrowed by their event or command type, never cast (tests included).
    files: ['**/*.{ts,tsx}'],
    rules: { 'events/no-payload-cast': 'error' },
  },
  {
    // The decoders turn untrusted values into typed events and commands: the one place a payload is cast
    // (with the migration steps they run on a line before it is checked).
    files: ['core/events/decode-event.ts', 'core/events/event-migrations.ts', 'core/engine/parse-command.ts'],
    rules: { 'events/no-payload-cast': 'off' },
  },
  {
    // The screens read an exercise through its view and send commands; the engine is in the host's process.
    files: ['renderer/{console,components,home,app}/**/*.{ts,tsx}'],
    rules: { 'boundaries/no-engine-in-screens': 'error' },
  },
  {
    // The console's side of the host holds a copy of the log, never an engine (its tests compare the copy
    // with a real engine's answers).
    files: ['renderer/host/**/*.{ts,tsx}'],
    ignores: ['renderer/host/**/*.test.{ts,tsx}'],
    rules: { 'boundaries/no-engine-in-screens': 'error' },
  },
  {
    // Rule 1: core/ is pure TypeScript that runs unchanged in a renderer, a browser and Node.
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'setTimeout', 'setInterval'],
      'no-restricted-imports': [
        'error',
        {
          paths: [...NODE_BUILTINS, ...UI_AND_PLATFORM].map((name) => ({
            name,
            message:
              'core/ imports no UI, storage, Electron or Node modules (docs/architecture.md §9 rule 1).',
          })),
          patterns: [
            {
              group: ['papaparse', '@e965/xlsx'],
              message:
                'Only core/msel/spreadsheet-reader.ts reads spreadsheets, and core/report/spreadsheet-cells.ts writes the exports.',
            },
          ],
        },
      ],
    },
  },
  {
    // The one reader of MSEL spreadsheets, and the one writer of the report's data exports (issue 24).
    files: ['core/msel/spreadsheet-reader.ts', 'core/report/spreadsheet-cells.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Rules 2–4: the renderer reaches Electron only through DesktopBridge; Dexie and zustand stay in their folders.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/storage/**', 'renderer/state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...NODE_BUILTINS, 'electron', 'dexie', 'dexie-react-hooks', 'zustand'].map((name) => ({
            name,
            message:
              'The renderer uses Electron only via DesktopBridge, Dexie only in renderer/storage, zustand only in renderer/state.',
          })),
        },
      ],
    },
  },
);
