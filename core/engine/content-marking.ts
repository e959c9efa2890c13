import type { EventField, Playbook } from '../playbook/index';
import type { AudienceEntry } from '../ports/index';
import type { EngineRole } from './roles';
import { CONTROL_ONLY, EVERYONE } from './visibility';

/**
 * The envelope of an event that carries content recorded under several markings (issue 17): a decision's
 * fields sit under its mechanism's marking and under the marking its own `type: marking` fields name (a
 * NATO-ONLY product shared over the REL-EU-NATO link). What it carries may reach only roles cleared for every
 * one of them. The envelope keeps its schema — one marking and an audience — so a station decides as before
 * (`canRoleSee`): where one marking is at least as strict as all the others, it is the event's marking;
 * where none is (EU-INSTITUTIONS-ONLY and NATO-ONLY), the audience names exactly the roles cleared for all.
 */

export interface ContentEnvelope {
  marking: string | null;
  audience: AudienceEntry[];
}

type Markings = Pick<Playbook, 'marking' | 'canSee'>;

/** Tags of a marking; null when it is releasable to all (PUBLIC), the least strict of any. */
function tagsOf(releasableTo: readonly string[]): readonly string[] | null {
  return releasableTo.length === 0 ? null : releasableTo;
}

/** Is everyone cleared for `a` cleared for `b`? True when `a`'s tags are among `b`'s, or `b` is public. */
function atLeastAsStrict(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (b === null) return true;
  if (a === null) return false;
  return a.every((tag) => b.includes(tag));
}

/**
 * May text recorded under `other` be shown wherever `marking` is? True when everyone cleared for `marking` is
 * cleared for `other`; false when either is not a marking of the playbook.
 */
export function isAtLeastAsStrict(
  playbook: Pick<Playbook, 'marking'>,
  marking: string,
  other: string,
): boolean {
  const a = playbook.marking(marking);
  const b = playbook.marking(other);
  return (
    a !== undefined && b !== undefined && atLeastAsStrict(tagsOf(a.releasableTo), tagsOf(b.releasableTo))
  );
}

/**
 * The envelope for content carried under these markings, addressed as `usual` would be. No marking: the
 * usual audience unmarked. A marking the playbook does not define clears nobody: control material only.
 */
export function contentEnvelope(
  playbook: Markings,
  roles: ReadonlyMap<string, EngineRole>,
  carried: readonly (string | null)[],
  usual: readonly AudienceEntry[] = EVERYONE,
): ContentEnvelope {
  const ids = [...new Set(carried.filter((id): id is string => id !== null))];
  const known = ids.flatMap((id) => {
    const definition = playbook.marking(id);
    return definition ? [{ id, tags: tagsOf(definition.releasableTo) }] : [];
  });
  // Strictest first: fewer tags is never less strict, public last; the sort is stable, so ties keep order.
  const ranked = [...known].sort(
    (a, b) => (a.tags?.length ?? Number.MAX_SAFE_INTEGER) - (b.tags?.length ?? Number.MAX_SAFE_INTEGER),
  );
  const first = ranked[0];
  if (!first) return { marking: null, audience: ids.length > 0 ? [...CONTROL_ONLY] : [...usual] };
  if (known.length < ids.length) return { marking: first.id, audience: [...CONTROL_ONLY] };
  if (ranked.every((other) => atLeastAsStrict(first.tags, other.tags)))
    return { marking: first.id, audience: [...usual] };
  const addressed = (role: EngineRole) => usual.includes('players') || usual.includes(`role:${role.id}`);
  const cleared = [...roles.values()].filter(
    (role) =>
      (role.audience === 'players' || role.audience === 'observers') &&
      addressed(role) &&
      ids.every((id) => playbook.canSee(role, id)),
  );
  return {
    marking: first.id,
    audience: [
      ...cleared.map((role): AudienceEntry => `role:${role.id}`),
      ...CONTROL_ONLY.filter((entry) => usual.includes(entry)),
    ],
  };
}

/**
 * The markings a decision's content is recorded under: its mechanism's, and the value of every
 * `type: marking` field it fills in (an empty optional field names none).
 */
export function decisionMarkings(
  mechanismMarking: string,
  declared: readonly Pick<EventField, 'name' | 'type'>[] | undefined,
  fields: Readonly<Record<string, unknown>>,
): string[] {
  const named = (declared ?? [])
    .filter((field) => field.type === 'marking')
    .map((field) => fields[field.name])
    .filter((value) => value !== undefined && value !== '')
    .map(String);
  return [mechanismMarking, ...named];
}
