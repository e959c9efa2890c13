// ESLint rule: imports between folders go through the folder's index.ts (docs/architecture.md §9 rule 2).
// A "zone" is a top-level folder (cli, node-adapters …) or, inside core/ and renderer/, one of their
// sub-folders (core/playbook, renderer/storage …). Inside a zone, files import each other directly.
// core/ is entered from outside only through core/index.ts; renderer/ has no single entry (its bundled
// content needs Vite), so each renderer sub-folder is entered through its own index.ts.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** @param {string} absolutePath */
function zoneOf(absolutePath) {
  const parts = path.relative(ROOT, absolutePath).split(path.sep);
  if (parts[0] === '..' || parts.length < 2) return null;
  if ((parts[0] === 'core' || parts[0] === 'renderer') && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts[0];
}

/** @param {string} absoluteTarget @param {string} zone */
function isZoneIndex(absoluteTarget, zone) {
  const withoutExtension = absoluteTarget.replace(/\.(ts|tsx|js)$/, '');
  return withoutExtension === path.join(ROOT, zone, 'index') || withoutExtension === path.join(ROOT, zone);
}

/** @type {import('eslint').Rule.RuleModule} */
export const throughIndexRule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports between folders go through the folder index.ts' },
    schema: [],
    messages: {
      deepImport:
        "Import '{{source}}' through {{zone}}/index.ts: folders are reached only through their index.",
    },
  },
  create(context) {
    const fromZone = zoneOf(context.filename);
    /** @param {import('estree').Node & { source?: { value?: unknown } | null }} node */
    function check(node) {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      // Style sheets are assets the bundler inlines, not modules with an API to go through.
      if (source.endsWith('.css')) return;
      const target = path.resolve(path.dirname(context.filename), source);
      const toZone = zoneOf(target);
      // Test files and test/ may import the module under test directly.
      const isTest = /\.test\.tsx?$/.test(context.filename) || fromZone === 'test';
      // Root files (configs) and tests may import what they configure or test directly.
      if (!fromZone || !toZone || toZone === fromZone || isTest) return;
      // core/index.ts is the one entry to core: inside core, sub-folders meet through their own index.
      const entryZone = toZone.startsWith('core/') && !fromZone.startsWith('core') ? 'core' : toZone;
      if (entryZone && !isZoneIndex(target, entryZone)) {
        context.report({ node, messageId: 'deepImport', data: { source, zone: entryZone } });
      }
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
