// The report's words in Dutch against the bundled playbook's Dutch catalogues, read here as the YAML they
// are (playbook/translations/nl), not through the code under test.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contentOfCreated, decodeJournal } from '../../core/index';
import ipcrNl from '../../playbook/translations/nl/ipcr.yaml?raw';
import rolesNl from '../../playbook/translations/nl/roles.yaml?raw';
import journal from '../../test/fixtures/journals/improvement-plan-v4/events.jsonl?raw';
import { reportWords } from './report-words';

interface Translation {
  title: string;
  states: Record<string, string>;
  events: Record<string, { title: string }>;
  roles: Record<string, string>;
}

/** The content a journal embeds: the bundled playbook and the combined hybrid campaign. */
function journalContent() {
  const first = decodeJournal(journal, { trusted: false }).events[0]!;
  return contentOfCreated(first);
}

describe('reportWords', () => {
  it('writes the playbook’s roles, mechanisms, decisions and states in the report’s language', () => {
    const words = reportWords(journalContent(), 'nl');
    const ipcr = parse(ipcrNl) as Translation;
    expect(words.mechanism('ipcr')).toBe(ipcr.title);
    expect(words.mechanism('ipcr#second')).toBe(`${ipcr.title} (second)`);
    expect(words.decision('ipcr', 'PRESIDENCY_ACTIVATE_FULL')).toBe(
      ipcr.events.PRESIDENCY_ACTIVATE_FULL?.title,
    );
    expect(words.state('ipcr', 'monitoring')).toBe(ipcr.states.monitoring);
    expect(words.role('presidency')).toBe((parse(rolesNl) as Translation).roles.presidency);
  });

  it('keeps the scenario’s own words, and English for English', () => {
    const content = journalContent();
    const dutch = reportWords(content, 'nl');
    const english = reportWords(content, 'en');
    const inject = content.scenario.injects[0]!;
    expect(dutch.inject(inject.id)).toBe(inject.title);
    expect(english.mechanism('ipcr')).toBe(content.playbook.mechanisms.get('ipcr')?.title);
    // A name the playbook does not know is left as it is.
    expect(dutch.decision('ipcr', 'NO_SUCH_EVENT')).toBe('NO_SUCH_EVENT');
  });
});
