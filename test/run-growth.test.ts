// Making `run` linear in the inject count (issue 19 §4) must change nothing anyone can observe: the journals
// of the bundled scenarios, under every policy, and of a multiplied MSEL are the bytes they were before the
// engine kept indexes. The hashes below were recorded with the engine as it was before that change.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  canonicalJson,
  ExerciseEngine,
  MemoryEventStore,
  runExercise,
  sha256Hex,
  type AgentPolicy,
  type SourceText,
} from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';
import { bundledPlaybookSources } from './bundled-content';
import { exerciseContent } from './fixtures/fixtures';
import { multiplyInjects } from './fixtures/large-scenario';

const playbook = bundledPlaybookSources();

function scenarioSource(name: string): SourceText {
  const file = `scenarios/${name}/scenario.yaml`;
  return { path: file, text: readFileSync(path.join(PROJECT_ROOT, file), 'utf8') };
}

/** The sha256 of the journal `run` writes (one canonical JSON event per line), played in memory. */
async function journalHash(scenario: SourceText, policy: AgentPolicy, seed: number): Promise<string> {
  const content = exerciseContent(playbook, scenario);
  // As the CLI does: the simulated wall clock starts at the scenario's in-world start.
  const wallMs = Date.parse(`${content.scenario.start.date}:00Z`);
  const store = new MemoryEventStore(`${content.scenario.id}-${policy}-seed${seed}`);
  const engine = await ExerciseEngine.create(store, {
    exerciseId: store.exerciseId,
    name: `${content.scenario.title} (${policy}, seed ${seed})`,
    seed,
    wallMs,
    content,
  });
  await runExercise(engine, { policy, seed, wallStartMs: wallMs });
  expect(engine.state.clock.status).toBe('ended');
  return sha256Hex(
    engine.events.map((event) => `${canonicalJson({ ...event, v: RECORDED_VERSION })}\n`).join(''),
  );
}

const SCENARIOS = readdirSync(path.join(PROJECT_ROOT, 'scenarios'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const POLICIES: AgentPolicy[] = ['doctrine', 'late', 'random'];

// The goldens' envelope version: a later bump (3 added station-access events, which `run` never records)
// changes every line's `v` and nothing else, so the journals are compared as that version wrote them.
const RECORDED_VERSION = 2;

// Recorded before the engine kept its deadline, open-expected-action and trigger indexes.
const GOLDEN: Record<string, string> = {
  'combined-hybrid-campaign/doctrine': 'f4f77f7b6472c88e6ec69afb5478a68b2b0a186435076e7053f6382b6e5fa653',
  'combined-hybrid-campaign/late': '581703378b62c8fcaedfce793d3445507992653b5f8d2287db0590e263f0179c',
  'combined-hybrid-campaign/random': 'a2077d44641938dea3a03b4f910a11b36b3a396a2f7dd13b6f084031f808662b',
  'cross-border-wiper/doctrine': '619becef67f4a79edb58f70d8319b763c0272805a25564be1726e53da4d33eaa',
  'cross-border-wiper/late': '6170e5adc3bb570cf3877af203345bccb2b15b1c5e64e4692e532e74fc950252',
  'cross-border-wiper/random': 'f7f14e3f3dde81209274d8bf6fcd785d916ebe55b0c544b41e0bbcce87038c1a',
  'election-under-pressure/doctrine': '34d51938ee1e4cfca894b1f3c1ce4c7868289b9e1dfb80c5b314e0b3aec8899f',
  'election-under-pressure/late': 'ab2eb7b3999ce7bfff1678c9f028bded1e9d09c27aca3ffebbce6ce8b6deb62d',
  'election-under-pressure/random': '98e9773b974a8da572217f2d6f1b871ffebf5a43256d227e5c1e8ce2261099ef',
  'hostile-intelligence-investment/doctrine':
    '4e74c4a6a84621357356eea6ec253e3f787259fed3a33cb82e9d22d41394e39d',
  'hostile-intelligence-investment/late': '6009c0be38a4251ad2b41ff8e268ea9f76ed1acc87b50d37d42d1042e5b62db0',
  'hostile-intelligence-investment/random':
    '6e07eb433c80a5510c18cabee60c7fd51148c85e3ce43d1ab6d43be14af17b21',
  'radiological-port/doctrine': '8400b1ef71e734a20094132c325747d11c2e55d712b59c82e5f925831a9f1b04',
  'radiological-port/late': '563c1c834603c94070ca5aa54d81b886cc58fe9c1c5b4b54ac253d8ea68abf75',
  'radiological-port/random': '597906d7e6c3d3d0de47ec938d86d8e889f38bcf66b13d4145b56a803799f92a',
  'salisbury-style/doctrine': 'fb020397e11673dc523ba72001cb45de910a2d256820937f332f46886d517223',
  'salisbury-style/late': '6ff685598d567fbf438fa67fd84c6d789a4a26dc472d6f9b0006cc4ebf43cccf',
  'salisbury-style/random': 'd3b9281968949352b04e12ba73ab1d3ebb989c5a26771cb23270a391678f558d',
  'suspected-biological-release/doctrine': 'dd2744691ba9f142a90946ab8bba0ef28d7a6ed9fccf0c48c5610cd35751c342',
  'suspected-biological-release/late': '761e05cb825f27f76618f5f74c2840ad1c1d4aa58cdf5dc736c66c82d69b8225',
  'suspected-biological-release/random': '2d3476b43f741d945154ed188c682c3e465e3374c7ede580809f1534cb2c5bd9',
  'salisbury-style x6/doctrine': '4518109b692ca4b3cd492488c43cfa9549c27bb8c0f5a98a776a03bd482eafad',
  'salisbury-style x6/late': '1784a7dfcf0623aa3f366a6a702464ef6888754eceafcd1f0ca7ad9463e4c110',
  'salisbury-style x6/random': '35666214a61422874b2614a9d109a693aa91b695066fd03b22409de0cd29e4b1',
  'cross-border-wiper x20/doctrine': 'beda42c0e8ba9ddfbf637da28ef17cf41076c04a9bcd8102e240a4bc07e312b2',
};

describe('journals are unchanged by the linear-run indexes', { timeout: 600_000 }, () => {
  it('lists the bundled scenarios it pins', () => {
    const pinned = Object.keys(GOLDEN).filter((key) => !key.includes(' '));
    expect(SCENARIOS).toEqual([...new Set(pinned.map((key) => key.split('/')[0]))].sort());
  });

  it.each(SCENARIOS.flatMap((name) => POLICIES.map((policy) => [name, policy] as const)))(
    '%s under %s, seed 1',
    async (name, policy) => {
      const hash = await journalHash(scenarioSource(name), policy, 1);
      expect(hash).toBe(GOLDEN[`${name}/${policy}`]);
    },
  );

  it.each([
    ...POLICIES.map((policy) => ['salisbury-style', 6, policy] as const),
    ['cross-border-wiper', 20, 'doctrine'] as const,
  ])('%s with its injects ×%i under %s', async (name, factor, policy) => {
    const large = multiplyInjects(scenarioSource(name), factor);
    const hash = await journalHash(large, policy, 1);
    expect(hash).toBe(GOLDEN[`${name} x${factor}/${policy}`]);
  });
});
