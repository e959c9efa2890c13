// Every era-dependent rule of the playbook against its instrument's date (test/fixtures/instrument-dates.ts,
// written from the sources), and the dates the prose gives for those instruments against the same table.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardRefs, type MechanismDocument, type StateNode } from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';
import { loadBundledPlaybook } from './bundled-content';
import { INSTRUMENT_DATES, type Governed } from './fixtures/instrument-dates';

const playbook = loadBundledPlaybook();
const mechanism = (id: string): MechanismDocument => {
  const document = playbook.mechanisms.get(id);
  if (!document) throw new Error(`no mechanism ${id}`);
  return document;
};

function stateAt(document: MechanismDocument, dotted: string): StateNode {
  let node: StateNode | undefined = { label: document.title, states: document.states };
  for (const name of dotted.split('.')) node = node?.states?.[name];
  if (!node) throw new Error(`${document.id} has no state ${dotted}`);
  return node;
}

type InForce = { from?: string | undefined; until?: string | undefined };
type TransitionList = NonNullable<StateNode['timers']>[string];

const items = (list: TransitionList) =>
  (Array.isArray(list) ? list : [list]).map((item) => (typeof item === 'string' ? { target: item } : item));

/** Every `inForce` the data carries, as the locator the reference table uses and its dates. */
function datedPlaces(document: MechanismDocument): { where: Governed; inForce: InForce }[] {
  const out: { where: Governed; inForce: InForce }[] = [];
  const id = document.id;
  if (document.inForce) out.push({ where: { kind: 'mechanism', mechanism: id }, inForce: document.inForce });
  for (const [event, declared] of Object.entries(document.events))
    if (declared.inForce)
      out.push({ where: { kind: 'event', mechanism: id, event }, inForce: declared.inForce });
  const walk = (states: Record<string, StateNode> | undefined, prefix: string) => {
    for (const [name, node] of Object.entries(states ?? {})) {
      const state = prefix ? `${prefix}.${name}` : name;
      if (node.inForce) out.push({ where: { kind: 'state', mechanism: id, state }, inForce: node.inForce });
      for (const [timer, list] of Object.entries(node.timers ?? {}))
        for (const item of items(list))
          if ('inForce' in item && item.inForce)
            out.push({ where: { kind: 'timer', mechanism: id, state, timer }, inForce: item.inForce });
      for (const [event, list] of Object.entries(node.on ?? {}))
        for (const item of items(list)) {
          if (!('inForce' in item) || !item.inForce) continue;
          // The first guard is the one that tells the dated transitions of one event apart (the regime).
          const params = ('guard' in item ? guardRefs(item.guard)[0]?.params : undefined) ?? {};
          const guardValue = String(
            params.value === true ? params.field : (params.value ?? params.flag ?? ''),
          );
          out.push({
            where: { kind: 'transition', mechanism: id, state, event, guardValue },
            inForce: item.inForce,
          });
        }
      walk(node.states, state);
    }
  };
  walk(document.states, '');
  for (const route of document.routes)
    if (route.inForce && 'event' in route.when)
      out.push({ where: { kind: 'route', mechanism: id, event: route.when.event }, inForce: route.inForce });
  for (const window of document.windows)
    if (window.inForce)
      out.push({ where: { kind: 'window', mechanism: id, window: window.id }, inForce: window.inForce });
  return out;
}

const allDated = [...playbook.mechanisms.values()].flatMap(datedPlaces);
const key = (where: Governed) => JSON.stringify(where);

describe('the playbook’s dates against the reference table', () => {
  it.each(INSTRUMENT_DATES.map((entry) => [entry.instrument, entry] as const))(
    '%s: every rule it governs carries its date',
    (_name, entry) => {
      for (const where of entry.governs) {
        const found = allDated.filter((place) => key(place.where) === key(where));
        expect(found, `${key(where)} carries an inForce`).toHaveLength(1);
        expect(found[0]!.inForce.from, key(where)).toBe(entry.from);
        expect(found[0]!.inForce.until, key(where)).toBe(entry.until);
      }
    },
  );

  it('no rule is dated without an instrument in the table (a new date needs its source)', () => {
    const governed = new Set(INSTRUMENT_DATES.flatMap((entry) => entry.governs.map(key)));
    const unexplained = allDated
      .filter((place) => !governed.has(key(place.where)))
      .map((place) => key(place.where));
    expect(unexplained).toEqual([]);
  });

  it('every use of a dated delay is dated (a new UCPM or NIS2 timer cannot run before its instrument)', () => {
    const datedDelays = new Set(
      INSTRUMENT_DATES.flatMap((entry) =>
        entry.governs.flatMap((where) => (where.kind === 'timer' ? [where.timer] : [])),
      ),
    );
    const undated: string[] = [];
    const walk = (id: string, states: Record<string, StateNode> | undefined, prefix: string) => {
      for (const [name, node] of Object.entries(states ?? {})) {
        const state = prefix ? `${prefix}.${name}` : name;
        for (const [timer, list] of Object.entries(node.timers ?? {}))
          if (datedDelays.has(timer) && items(list).some((item) => !('inForce' in item) || !item.inForce))
            undated.push(`${id} ${state} ${timer}`);
        walk(id, node.states, state);
      }
    };
    for (const document of playbook.mechanisms.values()) walk(document.id, document.states, '');
    expect(undated).toEqual([]);
  });

  it('the UCPM region, timers, renewal and window agree (the lapse is one rule)', () => {
    const ucpm = mechanism('ucpm');
    expect(stateAt(ucpm, 'request.validity').inForce?.from).toBe('2019-03-21');
    expect(ucpm.events.RENEW?.inForce?.from).toBe('2019-03-21');
    expect(ucpm.windows.find((window) => window.id === 'request-lapse')?.inForce?.from).toBe('2019-03-21');
  });
});

// Prose: "21 March 2019", "21 Mar 2019", "Sept 2020" style days, and ISO days, as ISO.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTH_YEAR = /\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{4})\b/g;
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

function datesIn(line: string): string[] {
  const out: string[] = [];
  for (const [, day, month, year] of line.matchAll(DAY_MONTH_YEAR)) {
    const index = MONTHS.indexOf(month!.toLowerCase()) + 1;
    out.push(`${year}-${String(index).padStart(2, '0')}-${day!.padStart(2, '0')}`);
  }
  for (const [whole] of line.matchAll(ISO_DAY)) out.push(whole);
  return out;
}

const docsFiles = [
  ...readdirSync(path.join(PROJECT_ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
  ...readdirSync(path.join(PROJECT_ROOT, 'scenarios'))
    .filter((name) => !name.includes('.'))
    .map((name) => `scenarios/${name}/README.md`),
];
const docs = docsFiles.map((file) => ({ file, text: readFileSync(path.join(PROJECT_ROOT, file), 'utf8') }));

describe('the dates the prose gives', () => {
  it.each(INSTRUMENT_DATES.map((entry) => [entry.instrument, entry] as const))(
    '%s: where docs/ or a scenario README names it and a date follows, it is its date',
    (_name, entry) => {
      const allowed = [entry.from ?? entry.until, ...(entry.alsoMentioned ?? [])];
      const wrong: string[] = [];
      for (const { file, text } of docs) {
        const flat = text.replace(/\s+/g, ' ');
        for (const match of flat.matchAll(new RegExp(entry.named.source, 'g'))) {
          // The date that follows the name closely ("rescEU (21 March 2019", "EU-CyCLONe from 16 Jan 2023").
          const end = match.index + match[0].length;
          const after = flat.slice(end, end + 45).split(/[.;] /)[0]!;
          const date = datesIn(after)[0];
          if (date && !allowed.includes(date)) wrong.push(`${file}: …${match[0]}${after}…`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it('the scenario-authoring table gives each instrument the table’s date', () => {
    const text = docs.find((doc) => doc.file === 'docs/scenario-authoring.md')!.text;
    const rows = Object.fromEntries(
      [...text.matchAll(/^\| ([^|]+?) +\| (\d{4}-\d{2}-\d{2}) +\|$/gm)].map(([, name, date]) => [name, date]),
    );
    expect(rows).toEqual({
      'Counter-hybrid support teams (NATO)': '2018-07-11',
      'Chemical-weapons sanctions regime': '2018-10-15',
      'Rapid Alert System (disinformation)': '2019-03-18',
      rescEU: '2019-03-21',
      '90-day lapse of a UCPM request': '2019-03-21',
      'Cyber sanctions regime': '2019-05-17',
      'FDI screening cooperation': '2020-10-11',
      'Formal EU-CyCLONe (NIS2 in force)': '2023-01-16',
      'Russia hybrid-threats sanctions': '2024-10-08',
      'NIS2 reporting clocks': '2024-10-18',
    });
    for (const [name, date] of Object.entries(rows))
      expect(
        INSTRUMENT_DATES.some((entry) => entry.from === date && entry.named.test(name)),
        name,
      ).toBe(true);
  });

  it('the manifest’s baseline names every date the data uses after the start of 2018', () => {
    const baselineDates = datesIn(playbook.manifest.baseline);
    const later = INSTRUMENT_DATES.flatMap((entry) =>
      entry.from && entry.from >= '2018-01-01' && entry.governs.length > 0 ? [entry.from] : [],
    );
    for (const date of later) expect(baselineDates, date).toContain(date);
  });

  it('the mechanism documents say what the data does (the sentences fixed for issue 17)', () => {
    expect(mechanism('ucpm').summary).toContain(
      'From 21 March 2019 (Decision (EU) 2019/420) a request lapses after 90 days',
    );
    expect(mechanism('eu-nato-link').reconstructed).toContain(
      'The CHST date is the day the Brussels Summit Declaration, which set up the teams, was issued: 11 July 2018',
    );
    expect(mechanism('cyber-blueprint').reconstructed).toContain("dating CyCLONe's events from 16 Jan 2023");
    expect(mechanism('cyber-blueprint').legalBasis).toContain(
      'Art. 16 (EU-CyCLONe, from its entry into force on 16 Jan 2023)',
    );
    const everything = [...playbook.mechanisms.values()]
      .map((document) => JSON.stringify(document))
      .join('\n');
    for (const stale of [
      "summit's close (12 July 2018)",
      "dating CyCLONe's events from 18 Oct 2024",
      'EU-CyCLONe in the NIS2 era',
      'regime entered into force on 15 Oct 2018',
    ])
      expect(everything, stale).not.toContain(stale);
  });
});
