import type { Guard } from './playbook-schema';

/** One guard of a transition, normalised: its registry name, parameters and refusal text. */
export interface GuardEntry {
  type: string;
  params?: Readonly<Record<string, string | number | boolean>>;
  refusal?: string;
}

/** The guards a transition names, in order, whether written as one name, one object or a list (all hold). */
export function guardRefs(guard: Guard | undefined): GuardEntry[] {
  if (guard === undefined) return [];
  return (Array.isArray(guard) ? guard : [guard]).map((ref) => {
    if (typeof ref === 'string') return { type: ref };
    const entry: GuardEntry = { type: ref.type };
    if (ref.params) entry.params = ref.params;
    if (ref.refusal) entry.refusal = ref.refusal;
    return entry;
  });
}
