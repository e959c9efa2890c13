import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the playbook and scenarios that ship with the app live beside cli/. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLED_PLAYBOOK_DIR = path.join(PROJECT_ROOT, 'playbook');
export const BUNDLED_SCENARIOS_DIR = path.join(PROJECT_ROOT, 'scenarios');
