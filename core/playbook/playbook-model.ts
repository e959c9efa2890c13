import { isInForce, type SourceText } from '../documents/index';
import { buildMechanismMachine, type MechanismMachine } from './build-machine';
import type {
  MarkingDefinition,
  MarkingsDocument,
  MechanismDocument,
  PlaybookManifest,
  RoleDefinition,
  RolesDocument,
} from './playbook-schema';
import type { TranslationDocument } from './translation-schema';
import { canSeeMarking } from './visibility';

/** The parsed documents a playbook is made of (what a log embeds so replay need not read YAML again). */
export interface PlaybookDocuments {
  manifest: PlaybookManifest;
  roles: RolesDocument;
  markings: MarkingsDocument;
  mechanisms: readonly MechanismDocument[];
  /**
   * The content catalogues in other languages (playbook/translations/). Absent in journals written before
   * they existed: such a playbook reads in English.
   */
  translations?: readonly TranslationDocument[];
}

/** A loaded, checked playbook: the data plus the questions the engine and validators ask of it. */
export interface Playbook {
  manifest: PlaybookManifest;
  organisations: RolesDocument['organisations'];
  roles: readonly RoleDefinition[];
  clearances: MarkingsDocument['clearances'];
  markings: readonly MarkingDefinition[];
  mechanisms: ReadonlyMap<string, MechanismDocument>;
  /** The documents as loaded, so an exercise can embed exactly what it ran with. */
  sources: readonly SourceText[];
  /** The same documents as parsed and checked. */
  documents: PlaybookDocuments;
  role(id: string): RoleDefinition | undefined;
  marking(id: string): MarkingDefinition | undefined;
  /** Role ids allowed to take `event` of `machine` (owner groups expanded). */
  ownersOf(machine: string, event: string): string[];
  /** May a role with these groups take this decision? */
  isOwner(role: { id: string; groups: readonly string[] }, machine: string, event: string): boolean;
  /** May this role see material with this marking? */
  canSee(role: { clearance: readonly string[] }, markingId: string): boolean;
  /** Mechanisms in force on an in-world date (YYYY-MM-DD). */
  mechanismsInForce(date: string): MechanismDocument[];
  /** The XState machine of a mechanism as in force on an in-world date. Cached per (machine, date). */
  machine(id: string, date: string): MechanismMachine;
}

export function ownerMatches(owner: string, role: { id: string; groups: readonly string[] }): boolean {
  return owner.startsWith('group:') ? role.groups.includes(owner.slice('group:'.length)) : owner === role.id;
}

export function createPlaybook(parts: PlaybookDocuments & { sources: readonly SourceText[] }): Playbook {
  const rolesById = new Map(parts.roles.roles.map((role) => [role.id, role]));
  const markingsById = new Map(parts.markings.markings.map((marking) => [marking.id, marking]));
  const mechanisms = new Map(parts.mechanisms.map((mechanism) => [mechanism.id, mechanism]));
  const machineCache = new Map<string, MechanismMachine>();

  const isOwner: Playbook['isOwner'] = (role, machine, event) =>
    (mechanisms.get(machine)?.events[event]?.owners ?? []).some((owner) => ownerMatches(owner, role));

  return {
    manifest: parts.manifest,
    organisations: parts.roles.organisations,
    roles: parts.roles.roles,
    clearances: parts.markings.clearances,
    markings: parts.markings.markings,
    mechanisms,
    sources: parts.sources,
    documents: {
      manifest: parts.manifest,
      roles: parts.roles,
      markings: parts.markings,
      mechanisms: parts.mechanisms,
      translations: parts.translations ?? [],
    },
    role: (id) => rolesById.get(id),
    marking: (id) => markingsById.get(id),
    ownersOf: (machine, event) =>
      parts.roles.roles.filter((role) => isOwner(role, machine, event)).map((role) => role.id),
    isOwner,
    canSee(role, markingId) {
      const marking = markingsById.get(markingId);
      return marking !== undefined && canSeeMarking(role, marking);
    },
    mechanismsInForce: (date) => parts.mechanisms.filter((mechanism) => isInForce(mechanism.inForce, date)),
    machine(id, date) {
      const key = `${id}@${date}`;
      let machine = machineCache.get(key);
      if (!machine) {
        const document = mechanisms.get(id);
        if (!document) throw new Error(`no mechanism "${id}" in the playbook`);
        machine = buildMechanismMachine(document, date);
        machineCache.set(key, machine);
      }
      return machine;
    },
  };
}
