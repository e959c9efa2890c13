import type { EventField } from '../playbook/index';
import type { SeededRandom } from './seeded-random';

/**
 * Field values an automated role fills in: what the scenario asks for where it says, otherwise a plausible
 * value of the right type (the first option for doctrine, a random one for the random policy). A marking
 * field takes `marking`, the mechanism's own: a real marking, so what it marks stays with the roles that
 * already see the mechanism (text there would be an unknown marking, which clears nobody).
 */
export function fillFields(
  fields: readonly EventField[],
  wanted: Readonly<Record<string, string | number | boolean>>,
  random: SeededRandom | null,
  context: string,
  marking: string,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const field of fields) {
    if (wanted[field.name] !== undefined) {
      out[field.name] = wanted[field.name] as string | number | boolean;
      continue;
    }
    if (!field.required && random === null) continue;
    switch (field.type) {
      case 'boolean':
        out[field.name] = random ? random.chance(0.5) : true;
        break;
      case 'number':
        out[field.name] = random ? Math.floor(random.between(1, 10)) : 1;
        break;
      case 'marking':
        out[field.name] = marking;
        break;
      case 'choice':
        out[field.name] = (random ? random.pick(field.options ?? []) : field.options?.[0]) ?? '';
        break;
      default:
        out[field.name] = `${field.label}: ${context} (automated role)`;
    }
  }
  return out;
}
