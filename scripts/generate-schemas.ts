// Regenerate the committed JSON Schemas from the zod source (npm run schemas).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSON_SCHEMA_FILES, renderJsonSchema } from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';

for (const file of Object.keys(JSON_SCHEMA_FILES) as (keyof typeof JSON_SCHEMA_FILES)[]) {
  writeFileSync(path.join(PROJECT_ROOT, file), renderJsonSchema(file));
  console.log(`wrote ${file}`);
}
