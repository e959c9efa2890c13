import { durationToMs, type Problem } from '../documents/index';
import type { ScenarioCheckContext } from './scenario-context';
import type { Inject } from './scenario-schema';
import { formatScenarioTime, scenarioTimeToMs } from './scenario-time';

/**
 * Every contingency must be able to fire. A contingency waits for an expected action of another inject to
 * be missed, so it can never be released when it waits on itself through a chain of contingencies, or
 * when the earliest moment the watched action can be missed (the watched inject's earliest release plus
 * the action's window, plus the contingency's delay, not before its `notBefore`) falls after the end of
 * the scenario. Injects released on a state or a decision are taken at their earliest possible release.
 */
export function checkContingencies(context: ScenarioCheckContext): Problem[] {
  const { scenario, located, spanMs } = context;
  const byId = new Map(scenario.injects.map((inject) => [inject.id, inject]));
  const problems: Problem[] = [];
  const looped = new Set<string>();

  for (const [index, inject] of scenario.injects.entries()) {
    const chain = [inject.id];
    for (let next = watchedBy(inject); next !== undefined; next = watchedBy(byId.get(next))) {
      if (next === inject.id) {
        looped.add(inject.id);
        problems.push(
          located.problemAt(
            ['injects', index, 'when', 'missed', 'inject'],
            `contingency loop: ${chain.join(' → ')} → ${inject.id} can never be released`,
          ),
        );
        break;
      }
      if (chain.includes(next)) break;
      chain.push(next);
    }
  }

  const earliest = earliestReleases(scenario.injects, byId);
  for (const [index, inject] of scenario.injects.entries()) {
    const when = inject.when;
    if (!when || !('missed' in when) || looped.has(inject.id)) continue;
    const due = earliest.get(inject.id);
    const watched = earliest.get(when.missed.inject);
    if (due === undefined || watched === undefined || due <= spanMs) continue;
    problems.push(
      located.problemAt(
        ['injects', index, 'when', 'missed'],
        `contingency ${inject.id} can never be released: ${when.missed.inject} is released at ` +
          `${formatScenarioTime(watched)} at the earliest, and ${when.missed.action}'s window` +
          `${inject.delay ? ` and this inject's delay of ${inject.delay}` : ''} put its release at ` +
          `${formatScenarioTime(due)}, after the scenario ends at ${formatScenarioTime(spanMs)}`,
      ),
    );
  }
  return problems;
}

function watchedBy(inject: Inject | undefined): string | undefined {
  return inject?.when && 'missed' in inject.when ? inject.when.missed.inject : undefined;
}

/** The earliest scenario time each inject can be released; absent when it cannot be worked out (a loop). */
function earliestReleases(
  injects: readonly Inject[],
  byId: ReadonlyMap<string, Inject>,
): Map<string, number> {
  const known = new Map<string, number>();
  const visiting = new Set<string>();
  const earliestOf = (inject: Inject): number | undefined => {
    if (known.has(inject.id)) return known.get(inject.id);
    if (visiting.has(inject.id)) return undefined;
    visiting.add(inject.id);
    let due: number | undefined;
    const when = inject.when;
    if (inject.at !== undefined) due = scenarioTimeToMs(inject.at);
    else if (when && 'missed' in when) {
      const watched = byId.get(when.missed.inject);
      const window = watched?.expectedActions.find((action) => action.id === when.missed.action)?.window;
      const watchedDue = watched ? earliestOf(watched) : undefined;
      if (watchedDue !== undefined && window !== undefined)
        due = watchedDue + durationToMs(window) + delayOf(inject);
    } else due = delayOf(inject);
    if (due !== undefined && inject.notBefore !== undefined)
      due = Math.max(due, scenarioTimeToMs(inject.notBefore));
    visiting.delete(inject.id);
    if (due !== undefined) known.set(inject.id, due);
    return due;
  };
  for (const inject of injects) earliestOf(inject);
  return known;
}

const delayOf = (inject: Inject) => (inject.delay ? durationToMs(inject.delay) : 0);
