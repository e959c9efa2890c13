// The named steps that bring older playbook documents to today's schemaVersion, each with hand-written
// documents as the oracle, and the loader's version dispatch: older migrated, newer refused where it says so.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPlaybookSources } from '../../test/bundled-content';
import { miniPlaybookSources, miniPlaybookWith, replaceOnce } from '../../test/fixtures/fixtures';
import { formatProblem, missingMigrationSteps } from '../documents/index';
import {
  markEuNatoLinkExchanges,
  recordWhoActs,
  labelStates,
  migratePlaybookDocuments,
  PLAYBOOK_DOCUMENT_MIGRATIONS,
} from './document-migrations';
import { loadPlaybook } from './load-playbook';
import { MechanismDocument, PLAYBOOK_DOCUMENT_VERSIONS } from './playbook-schema';

/** Freeze a value all the way down, so a step that writes to its input throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Enough of a v1 mechanism to be a document; the step reads only `id` and `events`. */
const v1Mechanism = (id: string, events: Record<string, Record<string, unknown>>) => ({
  schemaVersion: 1,
  kind: 'mechanism',
  id,
  title: 'A mechanism',
  summary: 'For the test.',
  marking: 'REL-EU-NATO',
  initial: 'idle',
  states: { idle: { on: { STAFF_CONTACT: 'idle' } } },
  events,
  sources: [{ title: 'A source', confidence: 'verified' }],
  reconstructed: 'Everything in this test document.',
});

describe(`mechanism v1 → v2: ${markEuNatoLinkExchanges.name}`, () => {
  it('marks the staff-to-staff events the EU–NATO link declares, and changes nothing else', () => {
    const v1 = deepFreeze(
      v1Mechanism('eu-nato-link', {
        STAFF_CONTACT: { title: 'Contact', owners: ['eu-liaison-nato'], stage: 'notify' },
        SHARE_PRODUCT: { title: 'Share', owners: ['nato-liaison'], fields: [{ name: 'marking' }] },
        AGREE_COORDINATED_MESSAGING: { title: 'Agree', owners: ['nato-pdd'] },
        DISINFO_ALERT_EXCHANGED: { title: 'Alert', origin: 'route' },
        NAC_STATEMENT: { title: 'Statement', owners: ['nac'] },
      }),
    );
    const before = structuredClone(v1);
    // CROSS_BRIEFING is not declared here: the step adds no event of its own.
    expect(markEuNatoLinkExchanges.migrate(v1)).toEqual({
      ...before,
      schemaVersion: 2,
      events: {
        STAFF_CONTACT: {
          title: 'Contact',
          owners: ['eu-liaison-nato'],
          stage: 'notify',
          exchange: 'eu-nato',
        },
        SHARE_PRODUCT: {
          title: 'Share',
          owners: ['nato-liaison'],
          fields: [{ name: 'marking' }],
          exchange: 'eu-nato',
        },
        AGREE_COORDINATED_MESSAGING: { title: 'Agree', owners: ['nato-pdd'], exchange: 'eu-nato' },
        DISINFO_ALERT_EXCHANGED: { title: 'Alert', origin: 'route', exchange: 'eu-nato' },
        NAC_STATEMENT: { title: 'Statement', owners: ['nac'] },
      },
    });
    expect(v1).toEqual(before);
  });

  it('only changes the version of any other mechanism, even one with the same event names', () => {
    const v1 = deepFreeze(
      v1Mechanism('ipcr', { STAFF_CONTACT: { title: 'Contact', owners: ['gsc-ipcr'], stage: 'notify' } }),
    );
    const before = structuredClone(v1);
    expect(markEuNatoLinkExchanges.migrate(v1)).toEqual({ ...before, schemaVersion: 2 });
    expect(v1).toEqual(before);
  });

  it('gives a document today’s schema accepts', () => {
    const v1 = v1Mechanism('eu-nato-link', { STAFF_CONTACT: { title: 'Contact', owners: ['nato-liaison'] } });
    expect(MechanismDocument.safeParse(v1).success).toBe(false);
    const today = labelStates.migrate(recordWhoActs.migrate(markEuNatoLinkExchanges.migrate(v1)));
    expect(MechanismDocument.parse(today).events.STAFF_CONTACT?.exchange).toBe('eu-nato');
  });
});

describe(`mechanism v2 → v3: ${recordWhoActs.name}`, () => {
  const v2 = (context?: Record<string, unknown>) =>
    deepFreeze({ ...v1Mechanism('ucpm', {}), schemaVersion: 2, ...(context ? { context } : {}) });

  it('gives a context the empty records and sets v3 defaults to, and changes nothing else', () => {
    const document = v2({ flags: ['lapsed'], counters: ['offers'] });
    expect(recordWhoActs.migrate(document)).toEqual({
      ...v1Mechanism('ucpm', {}),
      schemaVersion: 3,
      context: { flags: ['lapsed'], counters: ['offers'], actors: [], actorSets: [] },
    });
  });

  it('leaves a mechanism without a context without one', () => {
    expect(recordWhoActs.migrate(v2())).toEqual({ ...v1Mechanism('ucpm', {}), schemaVersion: 3 });
  });

  it('gives what the v3 schema makes of the same document', () => {
    const migrated = labelStates.migrate(recordWhoActs.migrate(v2({ flags: ['lapsed'] })));
    expect(MechanismDocument.parse(migrated)).toEqual(
      MechanismDocument.parse(labelStates.migrate({ ...v2({ flags: ['lapsed'] }), schemaVersion: 3 })),
    );
  });
});

describe(`mechanism v3 → v4: ${labelStates.name}`, () => {
  const v3 = deepFreeze({
    ...v1Mechanism('eu-nato-link', {}),
    schemaVersion: 3,
    initial: 'link',
    states: {
      link: {
        type: 'parallel',
        states: {
          staffToStaff: { initial: 'none', states: { none: { phase: 'P0' }, crossBriefing: {} } },
          natoSide: { description: 'NATO decides.' },
        },
      },
    },
  });

  it('labels every state, nested ones too, with its name spelt out, and changes nothing else', () => {
    const before = structuredClone(v3);
    expect(labelStates.migrate(v3)).toEqual({
      ...before,
      schemaVersion: 4,
      states: {
        link: {
          label: 'Link',
          type: 'parallel',
          states: {
            staffToStaff: {
              label: 'Staff to staff',
              initial: 'none',
              states: {
                none: { label: 'None', phase: 'P0' },
                crossBriefing: { label: 'Cross briefing' },
              },
            },
            natoSide: { label: 'Nato side', description: 'NATO decides.' },
          },
        },
      },
    });
    expect(v3).toEqual(before);
  });

  it('leaves what is not a state map for the schema to report', () => {
    expect(labelStates.migrate({ ...v3, states: 'none' }).states).toBe('none');
    expect(labelStates.migrate({ ...v3, states: { idle: null } }).states).toEqual({ idle: null });
  });

  it('gives a document the v4 schema accepts', () => {
    const parsed = MechanismDocument.parse(labelStates.migrate(v3));
    expect(parsed.states.link?.states?.staffToStaff?.states?.none?.label).toBe('None');
  });
});

describe('playbook document versions', () => {
  it('has one step from every earlier version of every kind', () => {
    for (const [kind, current] of Object.entries(PLAYBOOK_DOCUMENT_VERSIONS)) {
      expect(missingMigrationSteps(kind, current, PLAYBOOK_DOCUMENT_MIGRATIONS), kind).toEqual([]);
    }
  });

  it('loads a v1 mechanism written in YAML through the loader (the mini playbook mixes v1 and v2)', () => {
    const sources = miniPlaybookSources();
    expect(sources.find((source) => source.path.endsWith('crisis.yaml'))?.text).toMatch(
      /^schemaVersion: 1\n/,
    );
    expect(sources.find((source) => source.path.endsWith('solidarity.yaml'))?.text).toMatch(
      /^schemaVersion: 2\n/,
    );
    const result = loadPlaybook(sources);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok && result.playbook.mechanisms.get('crisis')?.schemaVersion).toBe(4);
  });

  it.each([
    [
      'eu-nato-link',
      [
        'STAFF_CONTACT',
        'CROSS_BRIEFING',
        'SHARE_PRODUCT',
        'AGREE_COORDINATED_MESSAGING',
        'DISINFO_ALERT_EXCHANGED',
      ],
      [],
    ],
    // In v1 NATO's staff shared their product in situational-awareness itself, an exchange; today the Fusion
    // Cell records the receipt there and the exchange is counted on the link, but an old record keeps its count.
    ['situational-awareness', ['SHARE_WITH_NATO', 'NATO_PRODUCT_RECEIVED'], ['NATO_PRODUCT_RECEIVED']],
  ])(
    'reads %s written as v1 as the bundled one: its v1 exchanges marked, nothing else',
    (machine, exchanges, markedOnlyInV1) => {
      const bundled = bundledPlaybookSources();
      const documentPath = bundled.find((source) => source.path.endsWith(`${machine}.yaml`))!.path;
      const asV1 = bundled.map((source) =>
        source.path === documentPath
          ? {
              ...source,
              text: replaceOnce(source.text, 'schemaVersion: 4\n', 'schemaVersion: 1\n').replace(
                /\n {4}exchange: eu-nato\n/g,
                '\n',
              ),
            }
          : source,
      );
      expect(asV1.find((source) => source.path === documentPath)!.text).not.toContain('exchange:');
      const fromV1 = loadPlaybook(asV1);
      const fromV2 = loadPlaybook(bundled);
      if (!fromV1.ok || !fromV2.ok) throw new Error(JSON.stringify([...fromV1.problems, ...fromV2.problems]));
      const document = fromV1.playbook.mechanisms.get(machine)!;
      const today = fromV2.playbook.mechanisms.get(machine)!;
      const events = { ...today.events };
      for (const name of markedOnlyInV1) events[name] = { ...events[name]!, exchange: 'eu-nato' };
      expect(document).toEqual({ ...today, events });
      expect(
        Object.keys(document.events).filter((name) => document.events[name]?.exchange === 'eu-nato'),
      ).toEqual(exchanges);
    },
  );

  it.each([
    [
      'crisis.yaml',
      'schemaVersion: 1\nkind: mechanism',
      'schemaVersion: 5\nkind: mechanism',
      'mechanism',
      5,
      4,
    ],
    ['roles.yaml', 'schemaVersion: 1\nkind: roles', 'schemaVersion: 2\nkind: roles', 'roles', 2, 1],
    [
      'markings.yaml',
      'schemaVersion: 1\nkind: markings',
      'schemaVersion: 7\nkind: markings',
      'markings',
      7,
      1,
    ],
  ])('refuses a newer %s on its schemaVersion, naming file, line and field', (file, from, to, kind, n, m) => {
    const result = loadPlaybook(miniPlaybookWith(file, (text) => replaceOnce(text, from, to)));
    expect(result.ok).toBe(false);
    expect(result.problems.map(formatProblem)).toContain(
      `mini-playbook/${file}:1:16: written for a newer version of the app (schemaVersion ${n}; this version ` +
        `reads ${kind} documents up to ${m}): open it with a later version (schemaVersion)`,
    );
    // The refusal is the document's only problem: what a later version wrote is not judged by today's schema.
    expect(result.problems.filter((problem) => problem.file === `mini-playbook/${file}`)).toHaveLength(1);
  });

  it('leaves a missing or non-integer schemaVersion to the schema', () => {
    const result = loadPlaybook(
      miniPlaybookWith('crisis.yaml', (text) =>
        replaceOnce(text, 'schemaVersion: 1\n', 'schemaVersion: "1"\n'),
      ),
    );
    const messages = result.problems.map(formatProblem).join('\n');
    expect(messages).toContain('mini-playbook/crisis.yaml:1:16');
    expect(messages).not.toContain('newer version');
  });
});

describe('migratePlaybookDocuments (the parsed documents a journal embeds)', () => {
  const journal = path.resolve(import.meta.dirname, '../../test/fixtures/journals/doctrine-combined-v1');
  const created = JSON.parse(readFileSync(path.join(journal, 'events.jsonl'), 'utf8').split('\n')[0]!);
  const v1Documents = deepFreeze(created.payload.content.playbook.documents);

  it('brings v1 documents to today’s versions without changing them', () => {
    const before = structuredClone(v1Documents);
    const migrated = migratePlaybookDocuments(v1Documents)!;
    expect(v1Documents).toEqual(before);
    expect(migrated.mechanisms.every((mechanism) => mechanism.schemaVersion === 4)).toBe(true);
    expect(migrated.manifest).toBe(v1Documents.manifest);
    const link = migrated.mechanisms.find((mechanism) => mechanism.id === 'eu-nato-link')!;
    expect(link.events.SHARE_PRODUCT?.exchange).toBe('eu-nato');
  });

  it('passes today’s documents through as they are', () => {
    const current = migratePlaybookDocuments(v1Documents)!;
    const again = migratePlaybookDocuments(current)!;
    expect(again.mechanisms.every((mechanism, index) => mechanism === current.mechanisms[index])).toBe(true);
  });

  it('gives nothing for documents a later version wrote', () => {
    const [first, ...rest] = v1Documents.mechanisms;
    expect(
      migratePlaybookDocuments({ ...v1Documents, mechanisms: [{ ...first, schemaVersion: 5 }, ...rest] }),
    ).toBeUndefined();
  });
});
