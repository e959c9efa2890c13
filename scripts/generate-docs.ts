// Regenerate docs/playbook-catalogue.md from the bundled playbook (npm run docs).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadPlaybook, renderPlaybookCatalogue, type SourceText } from '../core/index';
import { collectDocumentPaths, PROJECT_ROOT, readDocument } from '../node-adapters/index';

const sources: SourceText[] = [];
for (const file of await collectDocumentPaths([path.join(PROJECT_ROOT, 'playbook')])) {
  const read = await readDocument(file);
  if (!read.ok) throw new Error(`${read.problem.file}: ${read.problem.message}`);
  sources.push({ path: path.relative(PROJECT_ROOT, file), text: read.source.text });
}
const loaded = loadPlaybook(sources);
if (!loaded.ok) {
  console.error('The playbook has problems; run: npm run --silent cli -- validate playbook');
  process.exit(1);
}
writeFileSync(
  path.join(PROJECT_ROOT, 'docs/playbook-catalogue.md'),
  renderPlaybookCatalogue(loaded.playbook),
);
console.log('wrote docs/playbook-catalogue.md');
