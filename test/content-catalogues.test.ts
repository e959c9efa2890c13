// Every word the playbook shows people exists in every language with catalogues under
// playbook/translations/: adding a language is adding its files, and this test says which are missing.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishWords, translatedWords } from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';
import { loadBundledPlaybook } from './bundled-content';

const playbook = loadBundledPlaybook();
const languages = readdirSync(path.join(PROJECT_ROOT, 'playbook', 'translations')).sort();

/** Every key a catalogue must have, read from the documents (not from the word tables under test). */
function requiredKeys(): string[] {
  const keys: string[] = ['title'];
  const states = (
    prefix: string,
    nodes: Record<string, { states?: Record<string, unknown> }> | undefined,
    into: string,
  ) => {
    for (const [name, node] of Object.entries(nodes ?? {})) {
      const dotted = prefix ? `${prefix}.${name}` : name;
      keys.push(`${into} states ${dotted}`);
      states(dotted, node.states as typeof nodes, into);
    }
  };
  for (const mechanism of playbook.mechanisms.values()) {
    keys.push(`${mechanism.id} title`);
    states('', mechanism.states, mechanism.id);
    for (const [name, event] of Object.entries(mechanism.events)) {
      keys.push(`${mechanism.id} ${name} title`);
      for (const field of event.fields ?? []) {
        keys.push(`${mechanism.id} ${name} ${field.name} label`);
        for (const option of field.options ?? [])
          keys.push(`${mechanism.id} ${name} ${field.name} option ${option}`);
      }
    }
  }
  keys.push(...playbook.organisations.map((organisation) => `organisation ${organisation.id}`));
  keys.push(...playbook.roles.map((role) => `role ${role.id}`));
  keys.push(...playbook.markings.map((marking) => `marking ${marking.id}`));
  return keys;
}

function presentKeys(language: string): Set<string> {
  const table = translatedWords(playbook.documents, language);
  const keys = new Set<string>();
  if (table.title) keys.add('title');
  for (const [id, words] of Object.entries(table.mechanisms)) {
    if (words.title) keys.add(`${id} title`);
    for (const dotted of Object.keys(words.states ?? {})) keys.add(`${id} states ${dotted}`);
    for (const [name, event] of Object.entries(words.events ?? {})) {
      if (event.title) keys.add(`${id} ${name} title`);
      for (const [field, wordsOfField] of Object.entries(event.fields ?? {})) {
        if (wordsOfField.label) keys.add(`${id} ${name} ${field} label`);
        for (const option of Object.keys(wordsOfField.options ?? {}))
          keys.add(`${id} ${name} ${field} option ${option}`);
      }
    }
  }
  for (const id of Object.keys(table.organisations)) keys.add(`organisation ${id}`);
  for (const id of Object.keys(table.roles)) keys.add(`role ${id}`);
  for (const id of Object.keys(table.markings)) keys.add(`marking ${id}`);
  return keys;
}

describe('content catalogues', () => {
  it('exist for Dutch at least', () => {
    expect(languages).toContain('nl');
  });

  it.each(languages)('hold every word of the playbook in %s', (language) => {
    const present = presentKeys(language);
    expect(requiredKeys().filter((key) => !present.has(key))).toEqual([]);
  });

  it('are checked against English words that are all there', () => {
    // The oracle's own sanity: English has a word for every key the test requires.
    const english = englishWords(playbook.documents);
    expect(english.mechanisms['eu-nato-link']?.states?.['link.staffToStaff.none']).toBe(
      'Staff-to-staff: no exchange',
    );
    expect(requiredKeys()).toContain('eu-nato-link states link.staffToStaff.none');
  });
});
