import { isInForce, type PathSegment, type Problem } from '../documents/index';
import { stateExists } from '../playbook/index';
import type { ScenarioCheckContext } from './scenario-context';

/**
 * Reference checks shared by expected actions and triggers: a machine in force on the scenario's date, an
 * event it declares and that is in force, a role that exists (and is in play), a declared case.
 */
export class ScenarioRefs {
  readonly problems: Problem[] = [];

  constructor(private readonly context: ScenarioCheckContext) {}

  private add(path: readonly PathSegment[], message: string) {
    this.problems.push(this.context.located.problemAt(path, message));
  }

  /** A role any inject may name: a playbook role in play or a local role. */
  role(id: string, path: readonly PathSegment[]): boolean {
    if (this.context.roles.has(id)) return true;
    if (this.context.playbook.role(id)) {
      this.add(path, `role "${id}" is not in play: add it to roles.play`);
    } else {
      this.add(path, `unknown role "${id}": neither a playbook role nor a local role of this scenario`);
    }
    return false;
  }

  /** A mechanism that exists and is in force on the scenario's date. */
  machine(id: string, path: readonly PathSegment[]): boolean {
    const mechanism = this.context.playbook.mechanisms.get(id);
    if (!mechanism) {
      this.add(path, `unknown mechanism "${id}"`);
      return false;
    }
    if (!isInForce(mechanism.inForce, this.context.date)) {
      const from = mechanism.inForce?.from ? ` (in force from ${mechanism.inForce.from})` : '';
      this.add(path, `mechanism "${id}" is not in force on the scenario's date ${this.context.date}${from}`);
      return false;
    }
    return true;
  }

  /** An event of a mechanism, in force on the scenario's date. */
  event(machine: string, event: string, path: readonly PathSegment[]): boolean {
    const declared = this.context.playbook.mechanisms.get(machine)?.events[event];
    if (!declared) {
      this.add(path, `mechanism "${machine}" has no event ${event}`);
      return false;
    }
    if (!isInForce(declared.inForce, this.context.date)) {
      const from = declared.inForce?.from ? ` (in force from ${declared.inForce.from})` : '';
      this.add(
        path,
        `event ${event} of ${machine} is not in force on the scenario's date ${this.context.date}${from}`,
      );
      return false;
    }
    return true;
  }

  /** The role owns the decision in the playbook (local roles own none). */
  owner(roleId: string, machine: string, event: string, path: readonly PathSegment[]) {
    const role = this.context.roles.get(roleId);
    if (!role) return;
    if (role.local) {
      this.add(
        path,
        `local role "${roleId}" cannot take playbook decisions; only playbook roles own ${event}`,
      );
      return;
    }
    if (!this.context.playbook.isOwner(role, machine, event)) {
      const owners =
        this.context.playbook.ownersOf(machine, event).join(', ') || 'nobody (it arrives by route)';
      this.add(path, `role "${roleId}" does not own ${machine} ${event}; its owners are: ${owners}`);
    }
  }

  /** A case key where the mechanism has cases; none where it has not. */
  instance(machine: string, instance: string | undefined, path: readonly PathSegment[]) {
    const mechanism = this.context.playbook.mechanisms.get(machine);
    if (!mechanism) return;
    if (!mechanism.instanceKey) {
      if (instance !== undefined)
        this.add([...path, 'instance'], `mechanism "${machine}" has no cases; remove "instance"`);
      return;
    }
    if (instance === undefined) {
      this.add(
        path,
        `mechanism "${machine}" runs one case per ${mechanism.instanceKey.label}: say which with "instance"`,
      );
      return;
    }
    const declared = this.context.scenario.cases.some(
      (entry) => entry.machine === machine && entry.instance === instance,
    );
    if (!declared)
      this.add(
        [...path, 'instance'],
        `unknown instance "${instance}" of ${machine}: declare it under "cases"`,
      );
  }

  /** Field values an expected decision must carry: declared fields, of the right type, among the options. */
  fields(
    machine: string,
    event: string,
    fields: Readonly<Record<string, unknown>>,
    path: readonly PathSegment[],
  ) {
    const declared = this.context.playbook.mechanisms.get(machine)?.events[event]?.fields ?? [];
    for (const [name, value] of Object.entries(fields)) {
      const field = declared.find((candidate) => candidate.name === name);
      const at = [...path, name];
      if (!field) {
        const known = declared.map((candidate) => candidate.name).join(', ') || 'none';
        this.add(at, `${event} has no field "${name}" (its fields: ${known})`);
      } else if (field.type === 'boolean' && typeof value !== 'boolean') {
        this.add(at, `field "${name}" of ${event} is true or false`);
      } else if (field.type === 'number' && typeof value !== 'number') {
        this.add(at, `field "${name}" of ${event} is a number`);
      } else if (field.type !== 'boolean' && field.type !== 'number' && typeof value !== 'string') {
        this.add(at, `field "${name}" of ${event} is ${field.type === 'text' ? 'text' : `a ${field.type}`}`);
      } else if (field.options && !field.options.includes(String(value))) {
        this.add(at, `"${String(value)}" is not an option of field "${name}" (${field.options.join(', ')})`);
      } else if (field.type === 'marking' && !this.context.playbook.marking(String(value))) {
        this.add(at, `unknown marking "${String(value)}"`);
      }
    }
  }

  /** A state path of a mechanism. */
  state(machine: string, state: string, path: readonly PathSegment[]) {
    const mechanism = this.context.playbook.mechanisms.get(machine);
    if (mechanism && !stateExists(mechanism, state))
      this.add(path, `mechanism "${machine}" has no state "${state}"`);
  }
}
