// Property tests: mutated and arbitrary documents never crash the loaders; every rejection says where, and
// every mutant that is ACCEPTED is judged by independent checks (fixtures/loader-judges.ts). The bundled
// playbook and a bundled scenario are mutated too, not only the small fixtures; run counts stay moderate.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
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
import { bundledPlaybookSources, bundledScenarioSources, loadBundledPlaybook } from './bundled-content';
import { loadMiniPlaybook, miniPlaybookSources, miniScenarioText } from './fixtures/fixtures';
import { judgeMechanism, judgeScenario } from './fixtures/loader-judges';

const SEED = 20261128;
/** How many mutants each property saw accepted (and so judged); printed, and some must be. */
const accepted = {
  scenario: 0,
  mechanism: 0,
  text: 0,
  bundledScenario: 0,
  bundledText: 0,
  bundledMechanism: 0,
};
afterAll(() => {
  console.log(`accepted (judged) mutants: ${JSON.stringify(accepted)}`);
  // Every kind of mutant had some accepted and judged, or its judge was never exercised.
  for (const [kind, count] of Object.entries(accepted)) expect(count, kind).toBeGreaterThan(0);
});
const playbook = loadMiniPlaybook();
const scenarioText = miniScenarioText();
const scenarioValue = parse(scenarioText) as unknown;
const mechanismSource = miniPlaybookSources().find((source) => source.path.endsWith('crisis.yaml'))!;
const mechanismValue = parse(mechanismSource.text) as unknown;
const miniRolesText = miniPlaybookSources().find((source) => source.path.endsWith('roles.yaml'))!.text;

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

/** Marks a mutation that repeats the first item of the list at the path (an id listed twice). */
const REPEAT_FIRST = Symbol('repeat the first item');

const replacementValue = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    -1,
    0,
    '',
    [],
    {},
    true,
    'T+99d',
    'NOT-A-ROLE',
    1e12,
    'EU-ONLY',
    '99999999999999999999d',
    'T+365251d',
    '365250d',
    REPEAT_FIRST,
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** The document with the value at `path` replaced, or its list's first item repeated at the end. */
function mutate(root: unknown, path: readonly PathSegment[], replacement: unknown): unknown {
  if (replacement !== REPEAT_FIRST) return withValueAt(root, path, replacement);
  let node = root;
  for (const segment of path) node = (node as Record<PathSegment, unknown>)[segment];
  return Array.isArray(node) && node.length > 0 ? withValueAt(root, path, [...node, node[0]]) : root;
}

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
        const mutated = mutate(scenarioValue, path, replacement);
        const text = stringify(mutated);
        const result = loadScenario({ path: 'mutant.yaml', text }, playbook);
        if (result.ok) {
          accepted.scenario++;
          return judgeScenario(text, result.scenario, playbook);
        }
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
      { seed: SEED, numRuns: 300 },
    );
  });

  it('field mutants of a mechanism: never a crash; schema errors name a field path near the mutation', () => {
    const others = miniPlaybookSources().filter(
      (source) => source !== mechanismSource && !source.path.endsWith('crisis.yaml'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...mechanismPaths), replacementValue, (path, replacement) => {
        const mutated = mutate(mechanismValue, path, replacement);
        const text = stringify(mutated);
        const result = loadPlaybook([...others, { path: 'mutant.yaml', text }]);
        if (result.ok) {
          accepted.mechanism++;
          return judgeMechanism(text, result.playbook, miniRolesText);
        }
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
      { seed: SEED, numRuns: 100 },
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
        if (result.ok) {
          accepted.text++;
          return judgeScenario(text, result.scenario, playbook);
        }
        expect(result.problems.length).toBeGreaterThan(0);
        expectLocated(result.problems, 'text.yaml');
      }),
      { seed: SEED, numRuns: 300 },
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
      { seed: SEED, numRuns: 300 },
    );
  });
});

/**
 * The bundled content: the whole playbook loads in about a second, so mechanism mutants are few; the
 * smallest bundled scenario loads in a tenth of that. Seeded, so the same mutants every run.
 */
describe('bundled content under mutation', { timeout: 120_000 }, () => {
  const playbookSources = bundledPlaybookSources();
  const bundled = loadBundledPlaybook();
  const rolesText = playbookSources.find((source) => source.path === 'playbook/roles.yaml')!.text;
  const mechanisms = playbookSources.filter((source) => source.path.startsWith('playbook/machines/'));
  const scenario = bundledScenarioSources()
    .filter((source) => source.path.endsWith('scenario.yaml'))
    .sort((a, b) => a.text.length - b.text.length)[0]!;
  const scenarioRaw = parse(scenario.text) as unknown;

  it('the bundled documents mutated here load unmutated, and are judged sound', () => {
    expect(mechanisms.length).toBeGreaterThan(10);
    for (const mechanism of mechanisms) judgeMechanism(mechanism.text, bundled, rolesText);
    const loaded = loadScenario(scenario, bundled);
    expect(loaded.problems).toEqual([]);
    if (loaded.ok) judgeScenario(scenario.text, loaded.scenario, bundled);
  });

  it('the judges fail on what the loaders must refuse (so a pass means something)', () => {
    const loaded = loadScenario(scenario, bundled);
    if (!loaded.ok) throw new Error('the bundled scenario must load');
    const twice = scenario.text.replace(/\n(\s+)to: \[([a-z-]+)/, '\n$1to: [$2, $2');
    expect(twice).not.toBe(scenario.text);
    expect(() => judgeScenario(twice, loaded.scenario, bundled)).toThrow(/holds an id twice/);
    const long = scenario.text.replace(/\nspan: \S+/, '\nspan: 365251d');
    expect(() => judgeScenario(long, loaded.scenario, bundled)).toThrow(/span/);
  });

  it('field mutants of a bundled scenario: accepted ones judged, refused ones located', () => {
    const paths = pathsOf(scenarioRaw);
    fc.assert(
      fc.property(fc.constantFrom(...paths), replacementValue, (path, replacement) => {
        const text = stringify(mutate(scenarioRaw, path, replacement));
        const result = loadScenario({ path: 'bundled-mutant.yaml', text }, bundled);
        if (result.ok) {
          accepted.bundledScenario++;
          return judgeScenario(text, result.scenario, bundled);
        }
        expect(result.problems.length).toBeGreaterThan(0);
        expectLocated(result.problems, 'bundled-mutant.yaml');
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('text mutants of a bundled scenario (tags, deep nesting, long durations, cuts): judged or located', () => {
    const lines = scenario.text.split('\n');
    const junk = fc.constantFrom(
      '!!binary ',
      '!custom ',
      '['.repeat(150),
      '- '.repeat(150),
      '99999999999999999999d',
      '',
    );
    fc.assert(
      fc.property(fc.nat(lines.length - 1), fc.nat(40), junk, fc.boolean(), (line, column, insert, cut) => {
        const edited = [...lines];
        const text0 = edited[line] ?? '';
        const at = Math.min(column, text0.length);
        edited[line] = text0.slice(0, at) + insert + text0.slice(at);
        const text = (cut ? edited.slice(0, line + 1) : edited).join('\n');
        const result = loadScenario({ path: 'bundled-text.yaml', text }, bundled);
        if (result.ok) {
          accepted.bundledText++;
          return judgeScenario(text, result.scenario, bundled);
        }
        expectLocated(result.problems, 'bundled-text.yaml');
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('field mutants of the bundled mechanisms, loaded with the whole playbook: judged or located', () => {
    const others = (mutated: (typeof mechanisms)[number]) =>
      playbookSources.filter((source) => source !== mutated);
    const cases = mechanisms.flatMap((source) => {
      const raw = parse(source.text) as unknown;
      return pathsOf(raw).map((path) => ({ source, raw, path }));
    });
    fc.assert(
      fc.property(fc.constantFrom(...cases), replacementValue, ({ source, raw, path }, replacement) => {
        const text = stringify(mutate(raw, path, replacement));
        const result = loadPlaybook([...others(source), { path: source.path, text }]);
        if (result.ok) {
          accepted.bundledMechanism++;
          return judgeMechanism(text, result.playbook, rolesText);
        }
        for (const problem of result.problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { seed: SEED, numRuns: 8 },
    );
  });

  it('same-kind mutants of the bundled mechanisms (a leaf given another of its own values): judged or located', () => {
    // A value of the right kind from the same document (another state's name, another role, another
    // duration) is what a careless author types; such mutants often load, so the judge sees them.
    const cases = mechanisms.flatMap((source) => {
      const raw = parse(source.text) as unknown;
      const leaves = pathsOf(raw).filter((path) => isLeaf(valueAt(raw, path)));
      return leaves.map((path) => ({ source, raw, path, others: sameKindValues(raw, leaves, path) }));
    });
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.nat(), ({ source, raw, path, others }, pick) => {
        if (others.length === 0) return;
        const text = stringify(withValueAt(raw, path, others[pick % others.length]));
        const result = loadPlaybook([
          ...playbookSources.filter((item) => item !== source),
          { path: source.path, text },
        ]);
        if (result.ok) {
          accepted.bundledMechanism++;
          return judgeMechanism(text, result.playbook, rolesText);
        }
        for (const problem of result.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
      }),
      { seed: SEED, numRuns: 20 },
    );
  });
});

const isLeaf = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) node = (node as Record<PathSegment, unknown>)[segment];
  return node;
}

/** The document's other leaf values of the same kind as the one at `path`, each once. */
function sameKindValues(root: unknown, leaves: readonly PathSegment[][], path: readonly PathSegment[]) {
  const current = valueAt(root, path);
  const values = new Set(leaves.map((leaf) => valueAt(root, leaf)));
  return [...values].filter((value) => typeof value === typeof current && value !== current);
}
