import type { LocatedDocument, Problem } from '../documents/index';
import type { MarkingsDocument, MechanismDocument, PlaybookManifest, RolesDocument } from './playbook-schema';
import { allStates, buildStateTree } from './state-tree';
import type { TranslationDocument } from './translation-schema';

/**
 * Content catalogues name what they translate by id. A key that names nothing in the playbook is a typo or a
 * catalogue left behind by a renamed state, and would silently never show: it is refused where it stands.
 * A catalogue may lack keys (those words read in English); tests hold the bundled ones complete.
 */

export interface LocatedTranslation {
  document: TranslationDocument;
  located: LocatedDocument;
}

export interface TranslatedPlaybook {
  manifest: PlaybookManifest | undefined;
  roles: RolesDocument | undefined;
  markings: MarkingsDocument | undefined;
  mechanisms: readonly MechanismDocument[];
}

const PLAYBOOK_WIDE = ['phases', 'organisations', 'roles', 'markings'] as const;
const MECHANISM_ONLY = ['states', 'events'] as const;

/** The Playbook phases (P0…P5) the mechanisms' states belong to. */
export function phaseIds(mechanisms: readonly MechanismDocument[]): Set<string> {
  const phases = new Set<string>();
  for (const mechanism of mechanisms) {
    for (const entry of allStates(buildStateTree(mechanism))) {
      if (entry.node.phase) phases.add(entry.node.phase);
    }
  }
  return phases;
}

export function checkTranslations(
  translations: readonly LocatedTranslation[],
  playbook: TranslatedPlaybook,
): Problem[] {
  const problems: Problem[] = [];
  const mechanisms = new Map(playbook.mechanisms.map((mechanism) => [mechanism.id, mechanism]));
  const known: Record<(typeof PLAYBOOK_WIDE)[number], Set<string>> = {
    phases: phaseIds(playbook.mechanisms),
    organisations: new Set(playbook.roles?.organisations.map((organisation) => organisation.id)),
    roles: new Set(playbook.roles?.roles.map((role) => role.id)),
    markings: new Set(playbook.markings?.markings.map((marking) => marking.id)),
  };
  const seen = new Map<string, string>();
  for (const { document, located } of translations) {
    const unknown = (path: (string | number)[], what: string) =>
      problems.push(located.problemAt(path, `${what}: no such id in the playbook`, { atKey: true }));
    // Two catalogues of one language may not both say the same thing: which one would show is arbitrary.
    const claim = (key: string, path: (string | number)[]) => {
      const owner = seen.get(`${document.language}\u0000${key}`);
      if (owner) problems.push(located.problemAt(path, `already translated in ${owner}`, { atKey: true }));
      else seen.set(`${document.language}\u0000${key}`, located.file);
    };
    if (document.mechanism === undefined) {
      for (const section of MECHANISM_ONLY) {
        if (document[section])
          problems.push(
            located.problemAt([section], `"${section}" belong to a mechanism: say which with "mechanism:"`),
          );
      }
      if (document.title !== undefined) claim('title', ['title']);
      for (const section of PLAYBOOK_WIDE) {
        for (const id of Object.keys(document[section] ?? {})) {
          if (!known[section].has(id)) unknown([section, id], `unknown ${section.replace(/s$/, '')} "${id}"`);
          else claim(`${section}.${id}`, [section, id]);
        }
      }
      continue;
    }
    for (const section of PLAYBOOK_WIDE) {
      if (document[section])
        problems.push(
          located.problemAt(
            [section],
            `"${section}" are playbook-wide: put them in a catalogue without "mechanism:"`,
          ),
        );
    }
    const mechanism = mechanisms.get(document.mechanism);
    if (!mechanism) {
      unknown(['mechanism'], `unknown mechanism "${document.mechanism}"`);
      continue;
    }
    claim(`mechanism.${mechanism.id}`, ['mechanism']);
    problems.push(...checkMechanismWords(document, located, mechanism));
  }
  return problems;
}

function checkMechanismWords(
  document: TranslationDocument,
  located: LocatedDocument,
  mechanism: MechanismDocument,
): Problem[] {
  const problems: Problem[] = [];
  const unknown = (path: (string | number)[], message: string) =>
    problems.push(located.problemAt(path, message, { atKey: true }));
  const statePaths = new Set(allStates(buildStateTree(mechanism)).map((entry) => entry.key));
  for (const path of Object.keys(document.states ?? {})) {
    if (!statePaths.has(path))
      unknown(['states', path], `unknown state "${path}" in ${mechanism.id} (a dotted path from the root)`);
  }
  for (const [name, event] of Object.entries(document.events ?? {})) {
    const declared = mechanism.events[name];
    if (!declared) {
      unknown(['events', name], `unknown event "${name}" in ${mechanism.id}`);
      continue;
    }
    for (const [fieldName, field] of Object.entries(event.fields ?? {})) {
      const at = ['events', name, 'fields', fieldName];
      const declaredField = declared.fields?.find((candidate) => candidate.name === fieldName);
      if (!declaredField) {
        unknown(at, `unknown field "${fieldName}" of ${name}`);
        continue;
      }
      for (const option of Object.keys(field.options ?? {})) {
        if (!declaredField.options?.includes(option))
          unknown([...at, 'options', option], `unknown option "${option}" of ${name}.${fieldName}`);
      }
    }
  }
  return problems;
}

/** `optionLabels` name options of their own field: one for an option it lacks would never show. */
export function checkOptionLabels(mechanism: MechanismDocument, located: LocatedDocument): Problem[] {
  const problems: Problem[] = [];
  for (const [name, event] of Object.entries(mechanism.events)) {
    for (const [index, field] of (event.fields ?? []).entries()) {
      for (const option of Object.keys(field.optionLabels ?? {})) {
        if (!field.options?.includes(option))
          problems.push(
            located.problemAt(
              ['events', name, 'fields', index, 'optionLabels', option],
              `"${option}" is not one of this field's options`,
              { atKey: true },
            ),
          );
      }
    }
  }
  return problems;
}
