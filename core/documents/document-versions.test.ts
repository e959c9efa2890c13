// The version dispatch every document kind shares: steps in order, newer refused, the rest left to the schema.
import { describe, expect, it } from 'vitest';
import { missingMigrationSteps, toCurrentVersion, type DocumentMigration } from './document-versions';

/** Two hand-written steps of a made-up kind: v1 renames `name` to `title`, v2 adds `tags`. */
const STEPS: DocumentMigration[] = [
  {
    kind: 'note',
    from: 2,
    name: 'notes get tags',
    migrate: (document) => ({ ...document, schemaVersion: 3, tags: [] }),
  },
  {
    kind: 'note',
    from: 1,
    name: 'name becomes title',
    migrate: ({ name, ...rest }) => ({ ...rest, schemaVersion: 2, title: name }),
  },
  { kind: 'other', from: 1, name: 'not for notes', migrate: () => ({ wrong: true }) },
];

describe('toCurrentVersion', () => {
  it('applies the steps of the kind from the document’s version up, in order, naming them', () => {
    expect(toCurrentVersion({ schemaVersion: 1, name: 'A' }, 'note', 3, STEPS)).toEqual({
      ok: true,
      value: { schemaVersion: 3, title: 'A', tags: [] },
      applied: ['name becomes title', 'notes get tags'],
    });
    expect(toCurrentVersion({ schemaVersion: 2, title: 'A' }, 'note', 3, STEPS)).toEqual({
      ok: true,
      value: { schemaVersion: 3, title: 'A', tags: [] },
      applied: ['notes get tags'],
    });
  });

  it('returns a document of today’s version as it is', () => {
    const document = { schemaVersion: 3, title: 'A', tags: [] };
    const result = toCurrentVersion(document, 'note', 3, STEPS);
    expect(result.ok && result.value).toBe(document);
  });

  it('refuses a newer document, naming the kind and both versions', () => {
    expect(toCurrentVersion({ schemaVersion: 4 }, 'note', 3, STEPS)).toEqual({
      ok: false,
      message:
        'written for a newer version of the app (schemaVersion 4; this version reads note documents up to 3): ' +
        'open it with a later version',
    });
  });

  it.each([[{}], [{ schemaVersion: '1' }], [{ schemaVersion: 1.5 }], [{ schemaVersion: 0 }], [null], [[1]]])(
    'leaves %j to the schema',
    (value) => {
      const result = toCurrentVersion(value, 'note', 3, STEPS);
      expect(result.ok && result.value).toBe(value);
    },
  );

  it('tells which versions lack a step', () => {
    expect(missingMigrationSteps('note', 3, STEPS)).toEqual([]);
    expect(missingMigrationSteps('note', 4, STEPS)).toEqual([3]);
    expect(missingMigrationSteps('other', 3, STEPS)).toEqual([2]);
  });
});
