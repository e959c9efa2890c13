import type { PathSegment, Problem } from '../documents/index';
import { checkContingencies } from './check-contingencies';
import { ScenarioRefs } from './check-scenario-refs';
import type { ScenarioCheckContext } from './scenario-context';
import type { Inject } from './scenario-schema';
import { formatScenarioTime, scenarioTimeToMs } from './scenario-time';

/**
 * Semantic checks of the MSEL: unique ids, times inside the span, senders and recipients that exist and may
 * see the inject's marking, expected actions that name decisions their role owns, triggers and
 * contingencies that point at something real (their loops and reachability: check-contingencies.ts).
 */
export function checkInjects(context: ScenarioCheckContext): Problem[] {
  const { scenario, located, playbook } = context;
  const refs = new ScenarioRefs(context);
  const problems: Problem[] = [];
  const add = (path: readonly PathSegment[], message: string) =>
    problems.push(located.problemAt(path, message));
  const injects = new Map<string, Inject>();
  const objectives = new Set(scenario.objectives.map((objective) => objective.id));

  for (const [index, inject] of scenario.injects.entries()) {
    if (injects.has(inject.id)) add(['injects', index, 'id'], `inject id "${inject.id}" is used twice`);
    else injects.set(inject.id, inject);
  }

  const checkTime = (time: string | undefined, path: readonly PathSegment[]) => {
    if (time !== undefined && scenarioTimeToMs(time) > context.spanMs) {
      add(path, `${time} is after the end of the scenario span (${formatScenarioTime(context.spanMs)})`);
    }
  };

  for (const [index, inject] of scenario.injects.entries()) {
    const at = (...rest: PathSegment[]) => ['injects', index, ...rest];
    checkTime(inject.at, at('at'));
    // A contingency's title says what it is for (control's MSEL); its recipients read a heading of its own.
    if (inject.when && 'missed' in inject.when && inject.heading === undefined) {
      add(
        at('heading'),
        `contingency ${inject.id} needs a "heading" for its recipients: its title "${inject.title}" is ` +
          'control material, and players must not learn that an inject is a contingency',
      );
    }
    checkTime(inject.notBefore, at('notBefore'));
    if (inject.delay !== undefined && inject.when === undefined) {
      add(at('delay'), '"delay" counts from a "when" condition; an inject released "at" a time has none');
    }
    refs.role(inject.from, at('from'));
    const marking = playbook.marking(inject.marking);
    if (!marking) add(at('marking'), `unknown marking "${inject.marking}"`);
    for (const [toIndex, recipient] of inject.to.entries()) {
      if (!refs.role(recipient, at('to', toIndex)) || !marking) continue;
      const role = context.roles.get(recipient);
      if (role && !playbook.canSee(role, inject.marking)) {
        const clearance = role.clearance.join(', ') || 'public only';
        add(
          at('to', toIndex),
          `role "${recipient}" may not see ${inject.marking} material (clearance: ${clearance}); it would never receive this inject`,
        );
      }
    }
    for (const [objectiveIndex, objective] of inject.objectives.entries()) {
      if (!objectives.has(objective))
        add(at('objectives', objectiveIndex), `unknown objective "${objective}"`);
    }

    const actionIds = new Set<string>();
    for (const [actionIndex, action] of inject.expectedActions.entries()) {
      const path = at('expectedActions', actionIndex);
      if (actionIds.has(action.id))
        add([...path, 'id'], `expected action id "${action.id}" is used twice in ${inject.id}`);
      actionIds.add(action.id);
      if (action.objective !== undefined && !objectives.has(action.objective)) {
        add([...path, 'objective'], `unknown objective "${action.objective}"`);
      }
      if (!refs.role(action.role, [...path, 'role'])) continue;
      if ('event' in action) {
        const { machine, event, instance } = action.event;
        if (
          refs.machine(machine, [...path, 'event', 'machine']) &&
          refs.event(machine, event, [...path, 'event', 'event'])
        ) {
          refs.owner(action.role, machine, event, [...path, 'role']);
          refs.instance(machine, instance, [...path, 'event']);
          if (action.event.fields)
            refs.fields(machine, event, action.event.fields, [...path, 'event', 'fields']);
        }
      }
    }

    const trigger = inject.when;
    if (!trigger) continue;
    if ('state' in trigger) {
      const { machine, state, instance } = trigger.state;
      if (refs.machine(machine, at('when', 'state', 'machine'))) {
        refs.state(machine, state, at('when', 'state', 'state'));
        refs.instance(machine, instance, at('when', 'state'));
      }
    } else if ('decision' in trigger) {
      const { machine, event, role, instance } = trigger.decision;
      if (
        refs.machine(machine, at('when', 'decision', 'machine')) &&
        refs.event(machine, event, at('when', 'decision', 'event'))
      ) {
        if (role !== undefined && refs.role(role, at('when', 'decision', 'role'))) {
          refs.owner(role, machine, event, at('when', 'decision', 'role'));
        }
        if (instance !== undefined) refs.instance(machine, instance, at('when', 'decision'));
      }
    } else {
      const { inject: watched, action } = trigger.missed;
      const target = injects.get(watched);
      if (!target) add(at('when', 'missed', 'inject'), `unknown inject "${watched}"`);
      else if (watched === inject.id)
        add(at('when', 'missed', 'inject'), 'a contingency cannot watch its own inject');
      else {
        const expected = target.expectedActions.find((candidate) => candidate.id === action);
        if (!expected)
          add(at('when', 'missed', 'action'), `inject ${watched} has no expected action "${action}"`);
        else if (expected.window === undefined) {
          add(
            at('when', 'missed', 'action'),
            `expected action ${watched}/${action} has no window, so it can never be missed; give it a "window"`,
          );
        }
      }
    }
  }
  problems.push(...refs.problems, ...checkContingencies(context));
  return problems;
}
