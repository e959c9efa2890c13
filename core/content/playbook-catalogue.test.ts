// The catalogue says who acts and which rules the engine enforces, in the words of the documents.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniPlaybookSources } from '../../test/fixtures/fixtures';
import { loadPlaybook } from '../playbook/index';
import { renderPlaybookCatalogue } from './playbook-catalogue';

const COUNCIL = path.resolve(import.meta.dirname, '../../test/fixtures/who-acts/council.yaml');

describe('the playbook catalogue', () => {
  const loaded = loadPlaybook([
    ...miniPlaybookSources(),
    { path: 'who-acts/council.yaml', text: readFileSync(COUNCIL, 'utf8') },
  ]);
  if (!loaded.ok) throw new Error('the test playbook does not load');
  const text = renderPlaybookCatalogue(loaded.playbook);
  const council = text.slice(text.indexOf('## Who acts'));

  it('names the records and sets a mechanism keeps', () => {
    expect(council).toContain('Who acts: records `requester`; sets `objectors`.');
  });

  it('lists each refusal text under the decision it guards, once', () => {
    expect(council).toContain(
      'Rules the engine enforces (a decision that breaks one is refused):\n\n' +
        '- `OFFER`: nobody offers to their own request\n' +
        '- `ADOPT`: the technical layer has shared nothing yet',
    );
  });

  it('says nothing of who acts for a mechanism that keeps no record', () => {
    const crisis = text.slice(text.indexOf('## Crisis arrangements'), text.indexOf('## Who acts'));
    expect(crisis).toContain('| decision | owners |');
    expect(crisis).not.toContain('Who acts:');
  });
});
