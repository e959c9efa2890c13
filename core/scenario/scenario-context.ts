import type { LocatedDocument } from '../documents/index';
import type { Playbook, RoleDefinition } from '../playbook/index';
import type { ScenarioDocument } from './scenario-schema';

/** A role a scenario can name: a playbook role in play, or one of the scenario's local roles. */
export type ScenarioRole = Pick<RoleDefinition, 'id' | 'clearance' | 'groups' | 'audience'> & {
  local: boolean;
};

/** What the scenario checks share: the document, its locator, the playbook and the roles it can name. */
export interface ScenarioCheckContext {
  scenario: ScenarioDocument;
  located: LocatedDocument;
  playbook: Playbook;
  /** The in-world start date, YYYY-MM-DD: it selects the instruments in force. */
  date: string;
  spanMs: number;
  /** Playbook roles in play plus local roles, by id. */
  roles: ReadonlyMap<string, ScenarioRole>;
}
