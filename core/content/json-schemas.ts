import { z } from 'zod';
import { PlaybookDocument } from '../playbook/index';
import { ScenarioDocument } from '../scenario/index';

/**
 * The JSON Schemas editors use for autocompletion, generated from the same zod source the loaders validate
 * with. Committed as scenarios/scenario.schema.json and playbook/playbook.schema.json; a test regenerates
 * them and fails on any difference.
 */
export const JSON_SCHEMA_FILES = {
  'scenarios/scenario.schema.json': {
    schema: ScenarioDocument,
    title: 'Playbook Exercise Simulator scenario',
  },
  'playbook/playbook.schema.json': {
    schema: PlaybookDocument,
    title: 'Playbook Exercise Simulator playbook document',
  },
} as const;

export function renderJsonSchema(file: keyof typeof JSON_SCHEMA_FILES): string {
  const { schema, title } = JSON_SCHEMA_FILES[file];
  // "input": what authors write, so fields with defaults are optional in the editor too.
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}
