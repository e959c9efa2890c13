// Property tests: mutated and arbitrary documents never crash the loaders, and every rejection says where.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import {
  classifyDocuments,
  formatFieldPath,
  loadPlaybook,
  loadScenario,
  ScenarioDocument,
  MechanismDocument,
  playbookDocumentToCurrent,
  scenarioToCurrent,
  type PathSegment,
  type Problem,
} from '../core/index';
import { loadMiniPlaybook, miniPlaybookSources, miniScenarioText } from './fixtures/fixtures';

const SEED = 20261128;
const playbook = loadMiniPlaybook();
const scenarioText = miniScenarioText();
const scenarioValue = parse(scenarioText) as unknown;
const mechanismSource = miniPlaybookSources().find((source) => source.path.endsWith('crisis.yaml'))!;
const mechanismValue = parse(mechanismSource.text) as unknown;

/** Every path to a value in a parsed document. */
function pathsOf(value: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  const out: PathSegment[][] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => out.push(...pathsOf(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...prefix, key]));
  }
  return out;
}

function withValueAt(root: unknown, path: readonly PathSegment[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<PathSegment, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<PathSegment, unknown>;
  node[path.at(-1) as PathSegment] = replacement;
  return copy;
}

/**
 * What the schema judges of a document: the document after its migration steps (the mini playbook's
 * mechanisms and scenario are written for schemaVersion 1 and load migrated), or as it is when it cannot be migrated.
 */
function atCurrentVersion(
  value: unknown,
  toCurrent: (document: Readonly<Record<string, unknown>>) => ReturnType<typeof scenarioToCurrent>,
): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const versioned = toCurrent(value as Record<string, unknown>);
  return versioned.ok ? versioned.value : value;
}

const replacementValue = fc.oneof(
  fc.constantFrom(null, -1, 0, '', [], {}, true, 'T+99d', 'NOT-A-ROLE', 1e12, 'EU-ONLY'),
  fc.jsonValue({ maxDepth: 2 }),
);

function expectLocated(problems: readonly Problem[], file: string) {
  for (const problem of problems) {
    expect(problem.file).toBe(file);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

// Thousands of cases per property: generous timeouts so a busy CI machine never fails them on time alone.
describe('loaders under mutation', { timeout: 120_000 }, () => {
  const scenarioPaths = pathsOf(scenarioValue);
  const mechanismPaths = pathsOf(mechanismValue);

  it('field mutants of a scenario: never a crash; schema errors name a field path near the mutation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scenarioPaths), replacementValue, (path, replacement) => {
        const mutated = withValueAt(scenarioValue, path, replacement);
        const result = loadScenario({ path: 'mutant.yaml', text: stringify(mutated) }, playbook);
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        expectLocated(result.problems, 'mutant.yaml');
        if (
          !ScenarioDocument.safeParse(atCurrentVersion(mutated, scenarioToCurrent)).success &&
          path.length > 0
        ) {
          const parent = formatFieldPath(path.slice(0, -1));
          expect(
            result.problems.some((problem) => problem.path !== undefined && problem.path.startsWith(parent)),
          ).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('field mutants of a mechanism: never a crash; schema errors name a field path near the mutation', () => {
    const others = miniPlaybookSources().filter(
      (source) => source !== mechanismSource && !source.path.endsWith('crisis.yaml'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...mechanismPaths), replacementValue, (path, replacement) => {
        const mutated = withValueAt(mechanismValue, path, replacement);
        const result = loadPlaybook([...others, { path: 'mutant.yaml', text: stringify(mutated) }]);
        if (result.ok) return;
        for (const problem of result.problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.column).toBeGreaterThanOrEqual(1);
        }
        if (
          !MechanismDocument.safeParse(atCurrentVersion(mutated, playbookDocumentToCurrent)).success &&
          path.length > 0
        ) {
          const parent = formatFieldPath(path.slice(0, -1));
          const own = result.problems.filter((problem) => problem.file === 'mutant.yaml');
          expect(own.some((problem) => problem.path !== undefined && problem.path.startsWith(parent))).toBe(
            true,
          );
        }
      }),
      { seed: SEED, numRuns: 700 },
    );
  });

  it('text mutants (truncations, insertions, deletions): never a crash, always located', () => {
    const edit = fc.oneof(
      fc.nat(scenarioText.length).map((at) => (text: string) => text.slice(0, at)),
      fc.tuple(fc.nat(scenarioText.length), fc.string({ minLength: 1, maxLength: 8, unit: 'binary' })).map(
        ([at, junk]) =>
          (text: string) =>
            text.slice(0, at) + junk + text.slice(at),
      ),
      fc.tuple(fc.nat(scenarioText.length), fc.integer({ min: 1, max: 40 })).map(
        ([at, length]) =>
          (text: string) =>
            text.slice(0, at) + text.slice(at + length),
      ),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const text = edits.reduce((current, apply) => apply(current), scenarioText);
        const result = loadScenario({ path: 'text.yaml', text }, playbook);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          expectLocated(result.problems, 'text.yaml');
        }
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('arbitrary text as a document of any kind: never a crash, always located', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        const classified = classifyDocuments([{ path: 'any.yaml', text }]);
        expectLocated(classified.problems, 'any.yaml');
        const asScenario = loadScenario({ path: 'any.yaml', text }, playbook);
        expect(asScenario.ok).toBe(false);
        if (!asScenario.ok) expectLocated(asScenario.problems, 'any.yaml');
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });
});
