import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILES, renderJsonSchema } from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';

describe('committed JSON Schemas', () => {
  it.each(Object.keys(JSON_SCHEMA_FILES) as (keyof typeof JSON_SCHEMA_FILES)[])(
    '%s matches the zod source (run "npm run schemas" after changing a schema)',
    (file) => {
      const committed = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
      expect(committed).toBe(renderJsonSchema(file));
    },
  );
});
