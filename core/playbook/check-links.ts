import type { LocatedDocument, Problem } from '../documents/index';
import type { Milestone, MechanismDocument, RolesDocument } from './playbook-schema';
import { buildStateTree, findState } from './state-tree';

export interface LocatedMechanism {
  document: MechanismDocument;
  located: LocatedDocument;
}

/**
 * Checks that span documents: owners name real roles or groups, the machine's marking exists, routes
 * reach a real machine and event (and pass a case where the target has cases), windows name real
 * milestones, and every route-only event is actually sent by some route.
 */
export function checkLinks(
  mechanisms: readonly LocatedMechanism[],
  roles: RolesDocument | undefined,
  markingIds: ReadonlySet<string> | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const roleIds = new Set(roles?.roles.map((role) => role.id));
  const groups = new Set(roles?.roles.flatMap((role) => role.groups));
  const byId = new Map(mechanisms.map((mechanism) => [mechanism.document.id, mechanism]));
  const routed = new Set<string>();

  const checkMilestone = (mechanism: LocatedMechanism, milestone: Milestone, path: (string | number)[]) => {
    const { document, located } = mechanism;
    if ('event' in milestone && !(milestone.event in document.events)) {
      problems.push(
        located.problemAt([...path, 'event'], `event ${milestone.event} is not declared in ${document.id}`),
      );
    }
    if ('enters' in milestone && !findState(buildStateTree(document), milestone.enters)) {
      problems.push(
        located.problemAt(
          [...path, 'enters'],
          `state "${milestone.enters}" is not a state of ${document.id}`,
        ),
      );
    }
  };

  for (const mechanism of mechanisms) {
    const { document, located } = mechanism;
    if (markingIds && !markingIds.has(document.marking)) {
      problems.push(located.problemAt(['marking'], `unknown marking "${document.marking}"`));
    }
    if (roles) {
      for (const [name, event] of Object.entries(document.events)) {
        for (const [index, owner] of event.owners.entries()) {
          const group = owner.startsWith('group:') ? owner.slice('group:'.length) : null;
          if (group !== null ? !groups.has(group) : !roleIds.has(owner)) {
            const what = group !== null ? `no role is in group "${group}"` : `unknown role "${owner}"`;
            problems.push(located.problemAt(['events', name, 'owners', index], what));
          }
        }
      }
    }
    for (const [index, route] of document.routes.entries()) {
      const path = ['routes', index];
      checkMilestone(mechanism, route.when, [...path, 'when']);
      const target = byId.get(route.send.machine);
      if (!target) {
        problems.push(
          located.problemAt([...path, 'send', 'machine'], `route to unknown machine "${route.send.machine}"`),
        );
        continue;
      }
      if (!(route.send.event in target.document.events)) {
        problems.push(
          located.problemAt(
            [...path, 'send', 'event'],
            `machine ${route.send.machine} has no event ${route.send.event}`,
          ),
        );
        continue;
      }
      routed.add(`${route.send.machine}/${route.send.event}`);
      if (target.document.instanceKey && route.instance === 'none') {
        problems.push(
          located.problemAt(
            [...path, 'instance'],
            `${route.send.machine} runs one case per ${target.document.instanceKey.name}; the route must pass the case (instance: same)`,
          ),
        );
      }
      if (target.document.instanceKey && route.instance === 'same' && !document.instanceKey) {
        problems.push(
          located.problemAt(
            [...path, 'instance'],
            `${document.id} has no cases to pass on to ${route.send.machine}`,
          ),
        );
      }
    }
    for (const [index, window] of document.windows.entries()) {
      checkMilestone(mechanism, window.from, ['windows', index, 'from']);
      checkMilestone(mechanism, window.to, ['windows', index, 'to']);
    }
  }

  for (const { document, located } of mechanisms) {
    for (const [name, event] of Object.entries(document.events)) {
      if (event.origin === 'route' && !routed.has(`${document.id}/${name}`)) {
        problems.push(
          located.problemAt(['events', name], `event ${name} arrives by route only, but no route sends it`, {
            atKey: true,
          }),
        );
      }
    }
  }
  return problems;
}
