// A journal made by the previous version embeds its playbook at mechanism schemaVersion 1, as YAML and as
// parsed documents. Both ways of opening it give today's playbook, with the v1 → v2 step applied.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, type EmbeddedContent } from '../engine/index';
import type { Playbook } from './playbook-model';
import type { MechanismDocument } from './playbook-schema';

const JOURNAL = path.resolve(
  import.meta.dirname,
  '../../test/fixtures/journals/doctrine-combined-v1/events.jsonl',
);

function embeddedContent(): EmbeddedContent {
  const created = JSON.parse(readFileSync(JOURNAL, 'utf8').split('\n')[0]!) as {
    type: string;
    payload: { content: EmbeddedContent };
  };
  expect(created.type).toBe('exercise.created');
  return created.payload.content;
}

function open(options: { trusted?: boolean }): Playbook {
  const loaded = loadContent(embeddedContent(), options);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 5)));
  return loaded.content.playbook;
}

const exchangesOf = (playbook: Playbook, machine: string) =>
  Object.entries(playbook.mechanisms.get(machine)?.events ?? {})
    .filter(([, event]) => event.exchange !== undefined)
    .map(([name, event]) => `${name}: ${event.exchange}`)
    .sort(); // a journal embeds documents with their keys sorted

describe('a v1 journal’s embedded playbook', () => {
  it('was written at mechanism schemaVersion 1 (the fixture is what the previous version wrote)', () => {
    const { documents, sources } = embeddedContent().playbook;
    // The type says today's version; what an old journal holds is older, which is the point of migrating.
    expect(new Set(documents?.mechanisms.map((mechanism) => mechanism.schemaVersion))).toEqual(new Set([1]));
    expect(sources.some((source) => source.text.includes('exchange:'))).toBe(false);
  });

  it.each([
    ['trusted: the parsed documents', { trusted: true }],
    ['untrusted: the YAML sources, with every check', {}],
  ])('opens migrated — %s', (_, options) => {
    const playbook = open(options);
    expect(playbook.mechanisms.get('eu-nato-link')?.events.SHARE_PRODUCT?.exchange).toBe('eu-nato');
    expect(exchangesOf(playbook, 'eu-nato-link')).toEqual([
      'AGREE_COORDINATED_MESSAGING: eu-nato',
      'CROSS_BRIEFING: eu-nato',
      'DISINFO_ALERT_EXCHANGED: eu-nato',
      'SHARE_PRODUCT: eu-nato',
      'STAFF_CONTACT: eu-nato',
    ]);
    expect(exchangesOf(playbook, 'ipcr')).toEqual([]);
    expect([...playbook.mechanisms.values()].every((mechanism) => mechanism.schemaVersion === 4)).toBe(true);
  });

  it('is the same playbook whichever way it is opened', () => {
    expect(open({ trusted: true }).documents).toEqual(open({}).documents);
  });

  it('from a later version, is refused where its source says so, not used as it is', () => {
    const content = embeddedContent();
    const { documents, sources } = content.playbook;
    const argus = sources.find((source) => source.path.endsWith('argus.yaml'))!;
    const newer: EmbeddedContent = {
      ...content,
      playbook: {
        ...content.playbook,
        documents: {
          ...documents!,
          mechanisms: documents!.mechanisms.map((mechanism) =>
            mechanism.id === 'argus'
              ? ({ ...mechanism, schemaVersion: 5 } as unknown as MechanismDocument)
              : mechanism,
          ),
        },
        sources: sources.map((source) =>
          source === argus
            ? { ...source, text: source.text.replace(/^schemaVersion: 1$/m, 'schemaVersion: 5') }
            : source,
        ),
      },
    };
    const loaded = loadContent(newer, { trusted: true });
    expect(loaded.ok).toBe(false);
    expect(
      !loaded.ok && loaded.problems.map((problem) => [problem.file, problem.path, problem.message]),
    ).toEqual([
      [
        argus.path,
        'schemaVersion',
        'written for a newer version of the app (schemaVersion 5; this version reads mechanism documents up ' +
          'to 4): open it with a later version',
      ],
    ]);
  });
});
