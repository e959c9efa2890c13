import { initialTransition } from 'xstate';
import {
  errorMessage,
  compareProblems,
  parseDocumentWith,
  type LocatedDocument,
  type ParsedDocument,
  type ReadOptions,
  type Problem,
  type SourceText,
} from '../documents/index';
import { buildMechanismMachine } from './build-machine';
import { checkLinks, type LocatedMechanism } from './check-links';
import { checkMarkingsDuplicates, checkMechanismDuplicates, checkRolesDuplicates } from './check-duplicates';
import { checkRegistryNames } from './check-registry-names';
import { checkShadowedTransitions } from './check-shadowed';
import { checkStructure } from './check-structure';
import { checkOptionLabels, checkTranslations, type LocatedTranslation } from './check-translations';
import { playbookDocumentToCurrent } from './document-migrations';
import { createPlaybook, type Playbook } from './playbook-model';
import {
  PlaybookDocument,
  type MarkingsDocument,
  type PlaybookManifest,
  type RolesDocument,
} from './playbook-schema';
import { buildStateTree } from './state-tree';

export type PlaybookLoadResult =
  { ok: true; playbook: Playbook; problems: [] } | { ok: false; problems: Problem[] };

/**
 * Parse one playbook document (any kind) against the schema, after bringing an older `schemaVersion` to
 * today's by the named migration steps; a newer one is refused on its `schemaVersion`.
 */
export function parsePlaybookDocument(
  source: SourceText,
  options: ReadOptions = {},
): ParsedDocument<PlaybookDocument> {
  return parseDocumentWith(source, PlaybookDocument, playbookDocumentToCurrent, options);
}

interface Single<T> {
  value: T;
  located: LocatedDocument;
}

/**
 * Load the playbook from its documents: schema check of each, registry-name and structure checks of each
 * mechanism, cross-document checks, then each machine is built and started once so XState's own
 * structural errors surface here rather than in the middle of an exercise. Never throws.
 */
export function loadPlaybook(sources: readonly SourceText[], options: ReadOptions = {}): PlaybookLoadResult {
  // Rules a recorded document is not held to (RECORDED_TOLERATES): only for documents being authored.
  const authoring = !options.recorded;
  const problems: Problem[] = [];
  const mechanisms: LocatedMechanism[] = [];
  const translations: LocatedTranslation[] = [];
  let manifest: Single<PlaybookManifest> | undefined;
  let roles: Single<RolesDocument> | undefined;
  let markings: Single<MarkingsDocument> | undefined;

  const once = <T>(current: Single<T> | undefined, next: Single<T>, kind: string) => {
    if (current) {
      problems.push(
        next.located.problemAt(['kind'], `a second "${kind}" document; the first is ${current.located.file}`),
      );
      return current;
    }
    return next;
  };

  for (const source of sources) {
    const parsed = parsePlaybookDocument(source, options);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const { value, located } = parsed;
    switch (value.kind) {
      case 'playbook':
        manifest = once(manifest, { value, located }, 'playbook');
        break;
      case 'roles':
        roles = once(roles, { value, located }, 'roles');
        break;
      case 'markings':
        markings = once(markings, { value, located }, 'markings');
        break;
      case 'mechanism': {
        const duplicate = mechanisms.find((mechanism) => mechanism.document.id === value.id);
        if (duplicate) {
          problems.push(
            located.problemAt(['id'], `mechanism "${value.id}" is also defined in ${duplicate.located.file}`),
          );
        } else {
          mechanisms.push({ document: value, located });
        }
        break;
      }
      case 'translation':
        translations.push({ document: value, located });
        break;
    }
  }

  const anyFile = sources[0]?.path ?? 'playbook';
  const missing = (kind: string) =>
    problems.push({
      file: anyFile,
      line: 1,
      column: 1,
      message: `the playbook has no "${kind}" document (kind: ${kind})`,
    });
  if (!manifest) missing('playbook');
  if (!roles) missing('roles');
  if (!markings) missing('markings');

  if (roles) {
    problems.push(...checkRolesDocument(roles, markings?.value));
    if (authoring) problems.push(...checkRolesDuplicates(roles.value, roles.located));
  }
  if (markings) {
    problems.push(...checkMarkingsDocument(markings));
    if (authoring) problems.push(...checkMarkingsDuplicates(markings.value, markings.located));
  }

  const groups = new Set(roles?.value.roles.flatMap((role) => role.groups));
  for (const { document, located } of mechanisms) {
    const root = buildStateTree(document);
    const own = [
      ...checkStructure(document, located, root),
      ...checkRegistryNames(document, located, root, groups),
      ...checkOptionLabels(document, located),
      ...(authoring
        ? [...checkMechanismDuplicates(document, located), ...checkShadowedTransitions(root, located)]
        : []),
    ];
    problems.push(...own);
    if (own.length === 0) problems.push(...checkBuilds({ document, located }));
  }
  const markingIds = markings ? new Set(markings.value.markings.map((marking) => marking.id)) : undefined;
  problems.push(...checkLinks(mechanisms, roles?.value, markingIds));
  problems.push(
    ...checkTranslations(translations, {
      manifest: manifest?.value,
      roles: roles?.value,
      markings: markings?.value,
      mechanisms: mechanisms.map((mechanism) => mechanism.document),
    }),
  );

  if (problems.length > 0 || !manifest || !roles || !markings) {
    return { ok: false, problems: problems.sort(compareProblems) };
  }
  const playbook = createPlaybook({
    manifest: manifest.value,
    roles: roles.value,
    markings: markings.value,
    mechanisms: mechanisms.map((mechanism) => mechanism.document),
    translations: translations.map((translation) => translation.document),
    sources,
  });
  return { ok: true, playbook, problems: [] };
}

/** Build and start the machine at the baseline and with every later instrument in force. */
function checkBuilds({ document, located }: LocatedMechanism): Problem[] {
  for (const date of [document.inForce?.from ?? '2018-01-01', '9999-12-31']) {
    try {
      const machine = buildMechanismMachine(document, date);
      initialTransition(machine, { instance: document.instanceKey ? 'check' : null });
    } catch (error) {
      const reason = errorMessage(error);
      return [located.problemAt([], `XState cannot build this machine for ${date}: ${reason}`)];
    }
  }
  return [];
}

function checkRolesDocument(roles: Single<RolesDocument>, markings: MarkingsDocument | undefined): Problem[] {
  const problems: Problem[] = [];
  const organisations = new Set<string>();
  for (const [index, organisation] of roles.value.organisations.entries()) {
    if (organisations.has(organisation.id)) {
      problems.push(
        roles.located.problemAt(
          ['organisations', index, 'id'],
          `organisation "${organisation.id}" is listed twice`,
        ),
      );
    }
    organisations.add(organisation.id);
  }
  const clearances = markings ? new Set(markings.clearances.map((clearance) => clearance.id)) : undefined;
  const seen = new Set<string>();
  for (const [index, role] of roles.value.roles.entries()) {
    const path = ['roles', index];
    if (seen.has(role.id))
      problems.push(roles.located.problemAt([...path, 'id'], `role "${role.id}" is listed twice`));
    seen.add(role.id);
    if (!organisations.has(role.organisation)) {
      problems.push(
        roles.located.problemAt([...path, 'organisation'], `unknown organisation "${role.organisation}"`),
      );
    }
    for (const [tagIndex, tag] of role.clearance.entries()) {
      if (clearances && !clearances.has(tag)) {
        problems.push(
          roles.located.problemAt([...path, 'clearance', tagIndex], `unknown clearance "${tag}"`),
        );
      }
    }
  }
  return problems;
}

function checkMarkingsDocument(markings: Single<MarkingsDocument>): Problem[] {
  const problems: Problem[] = [];
  const clearances = new Set(markings.value.clearances.map((clearance) => clearance.id));
  const seen = new Set<string>();
  for (const [index, marking] of markings.value.markings.entries()) {
    if (seen.has(marking.id)) {
      problems.push(
        markings.located.problemAt(['markings', index, 'id'], `marking "${marking.id}" is listed twice`),
      );
    }
    seen.add(marking.id);
    for (const [tagIndex, tag] of marking.releasableTo.entries()) {
      if (!clearances.has(tag)) {
        problems.push(
          markings.located.problemAt(
            ['markings', index, 'releasableTo', tagIndex],
            `unknown clearance "${tag}"`,
          ),
        );
      }
    }
  }
  return problems;
}
