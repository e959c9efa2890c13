// Setup of the jsdom project: Testing Library's DOM matchers, and a clean document after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for what a test expects to appear; on a busy CI machine (both cores loaded) a
// command's round trip through the engine and IndexedDB can take several seconds. A longer limit costs a
// passing test nothing: they return as soon as the expectation holds. The jsdom project's time limit
// (vitest.config.ts) allows several such waits, so a slow test fails on its expectation, screen printed.
configure({ asyncUtilTimeout: 20_000 });

afterEach(() => cleanup());
