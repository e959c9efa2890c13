import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// core/index.ts is the curated API of core/ (docs/architecture.md, boundary rules): every name it exports is
// used outside core/, and it re-exports no folder wholesale, so what core keeps to itself stays inside.
const ROOT = path.resolve(import.meta.dirname, '..');
const indexText = readFileSync(path.join(ROOT, 'core/index.ts'), 'utf8');

/** The names an index exports through `export { a, type B } from '…'` lists. */
function exportedNames(text: string): string[] {
  return [...text.matchAll(/export\s*\{([^}]*)\}\s*from/g)].flatMap((match) =>
    (match[1] as string)
      .split(',')
      .map((part) => part.trim().replace(/^type\s+/, ''))
      .filter(Boolean),
  );
}

function outsideCore(): string {
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((file) => file && !file.startsWith('core/'));
  return files.map((file) => readFileSync(path.join(ROOT, file), 'utf8')).join('\n');
}

describe('the API of core', () => {
  it('reads the export lists of an index', () => {
    expect(
      exportedNames("export { a, type B } from './x/index';\nexport {\n  c,\n} from './y/index';"),
    ).toEqual(['a', 'B', 'c']);
  });

  it('is a curated list: no folder re-exported wholesale, every name used outside core', () => {
    expect(indexText).not.toMatch(/export\s+\*/);
    const names = exportedNames(indexText);
    expect(names.length).toBeGreaterThan(100);
    const used = outsideCore();
    expect(names.filter((name) => !new RegExp(`\\b${name}\\b`).test(used))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });
});
