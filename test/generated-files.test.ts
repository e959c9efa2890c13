// Files generated from a single source are committed for editors and readers; they must not drift.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILES, renderJsonSchema, renderPlaybookCatalogue } from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';
import { loadBundledPlaybook } from './bundled-content';

const committed = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

describe('generated files', () => {
  it.each(Object.keys(JSON_SCHEMA_FILES) as (keyof typeof JSON_SCHEMA_FILES)[])(
    '%s matches the zod source (run "npm run schemas" after changing a schema)',
    (file) => {
      expect(committed(file)).toBe(renderJsonSchema(file));
    },
  );

  it('docs/playbook-catalogue.md matches the playbook (run "npm run docs" after changing it)', () => {
    expect(committed('docs/playbook-catalogue.md')).toBe(renderPlaybookCatalogue(loadBundledPlaybook()));
  });
});
