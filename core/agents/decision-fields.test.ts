import { describe, expect, it } from 'vitest';
import type { EventField } from '../playbook/index';
import { fillFields } from './decision-fields';
import { SeededRandom } from './seeded-random';

const field = (
  name: string,
  type: EventField['type'],
  required: boolean,
  options?: string[],
): EventField => ({
  name,
  label: name[0]!.toUpperCase() + name.slice(1),
  type,
  required,
  ...(options ? { options } : {}),
});

const FIELDS: EventField[] = [
  field('reason', 'text', true),
  field('overwhelmed', 'boolean', true),
  field('teams', 'number', true),
  field('level', 'choice', true, ['low', 'high', 'critical']),
  field('sender', 'role', true),
  field('note', 'text', false),
  field('urgent', 'boolean', false),
];

describe('the field values an automated role fills in', () => {
  it('for doctrine: what the scenario asks for, else a plain value for each required field', () => {
    expect(fillFields(FIELDS, { teams: 4, note: 'as briefed' }, null, 'INJ-1', 'EU-ONLY')).toEqual({
      reason: 'Reason: INJ-1 (automated role)',
      overwhelmed: true,
      teams: 4,
      level: 'low',
      sender: 'Sender: INJ-1 (automated role)',
      note: 'as briefed',
    });
  });

  it('for a choice without options: an empty answer rather than none', () => {
    expect(fillFields([field('level', 'choice', true)], {}, null, 'x', 'EU-ONLY')).toEqual({ level: '' });
  });

  it('for the random policy: every field, optional ones too, with values of the right type and range', () => {
    const seen = {
      overwhelmed: new Set<unknown>(),
      urgent: new Set<unknown>(),
      teams: new Set<unknown>(),
      level: new Set<unknown>(),
    };
    for (let seed = 1; seed <= 200; seed++) {
      const values = fillFields(
        FIELDS,
        { reason: 'asked for' },
        new SeededRandom(seed),
        'random play',
        'EU-ONLY',
      );
      expect(Object.keys(values).sort()).toEqual(FIELDS.map((each) => each.name).sort());
      expect(values.reason).toBe('asked for');
      expect(values.note).toBe('Note: random play (automated role)');
      for (const name of ['overwhelmed', 'urgent', 'teams', 'level'] as const) seen[name].add(values[name]);
    }
    expect([...seen.overwhelmed].sort()).toEqual([false, true]);
    expect([...seen.urgent].sort()).toEqual([false, true]);
    expect([...seen.teams].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...seen.level].sort()).toEqual(['critical', 'high', 'low']);
  });

  it('the same for the same seed', () => {
    const fill = () => fillFields(FIELDS, {}, new SeededRandom(9), 'random play', 'EU-ONLY');
    expect(fill()).toEqual(fill());
  });

  it("a marking field: the scenario's marking where it names one, else the mechanism's, never free text", () => {
    const marked = [field('marking', 'marking', true), field('original', 'marking', false)];
    expect(fillFields(marked, {}, null, 'INJ-2', 'REL-EU-NATO')).toEqual({ marking: 'REL-EU-NATO' });
    expect(fillFields(marked, { marking: 'NATO-ONLY' }, null, 'INJ-2', 'REL-EU-NATO')).toEqual({
      marking: 'NATO-ONLY',
    });
    expect(fillFields(marked, {}, new SeededRandom(3), 'random play', 'EU-ONLY')).toEqual({
      marking: 'EU-ONLY',
      original: 'EU-ONLY',
    });
  });
});
