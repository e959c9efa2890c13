// Setup of the jsdom project: Testing Library's DOM matchers, and a clean document after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait for what a test expects to appear; on a busy CI machine (both cores loaded) a
// command's round trip through the engine and IndexedDB can take more than the default second. A longer
// limit costs a passing test nothing: they return as soon as the expectation holds.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
