// Modules with logic whose tests are not beside them: each names the test files that exercise it and why
// there. test/module-tests.test.ts checks every entry (the module exists, has no sibling test, and each
// named test mentions one of its exports).
import type { TestedElsewhereMap } from './module-test-rules';

export const TESTED_ELSEWHERE: TestedElsewhereMap = {};
