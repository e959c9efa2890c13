import type { Playbook } from '../playbook/index';
import { MSEL_FIELDS, normaliseHeader, type MselField } from './msel-columns';
import { channelNamedBy } from './msel-channels';
import { planColumns } from './msel-column-plan';
import { parseMselTime, type MselClock } from './msel-time';
import {
  formatScenarioTime,
  SCENARIO_SCHEMA_VERSION,
  type Channel,
  type ScenarioDocument,
} from '../scenario/index';

/**
 * Rows of another tool's MSEL (already read from CSV, XLSX or JSON) → a scenario draft that validates and
 * plays, plus a report of every mapping and assumption. Pure: reading bytes into rows happens elsewhere.
 */

export interface MselImportOptions {
  id: string;
  title: string;
  start: MselClock & { timeZone: string };
  playbook: Playbook;
  /** Names in the MSEL → playbook role ids (`--roles "Ministry of Health=ms-affected-health"`). */
  roleNames?: Readonly<Record<string, string>>;
  /** Explicit column mapping by index, for sheets whose header is missing or unusual. */
  columns?: ReadonlyMap<number, MselField>;
}

export interface MselImportReport {
  /**
   * What each column was mapped to; `guessed` for a column profiled from its cells (no header, or one we do
   * not know), and `reason` says why.
   */
  columns: {
    index: number;
    header: string;
    field: MselField | 'ignored';
    guessed?: boolean;
    reason?: string;
  }[];
  /** Whether the first filled row was a header (known names or not). */
  headerFound: boolean;
  /** Where the column mapping came from. */
  columnsFrom: 'header' | 'given' | 'contents';
  assumptions: string[];
  rowProblems: { row: number; reason: string }[];
  /**
   * Names the playbook does not know. `receives`: a recipient of some inject, so a training audience played
   * at a station; the others only send, and the SimCell plays them.
   */
  localRoles: { id: string; name: string; receives?: boolean }[];
  imported: number;
}

/** Letters that do not decompose into a base letter and an accent (Polish ł, German ß, Danish ø …). */
const SPELLED_OUT: Record<string, string> = {
  ł: 'l',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ı: 'i',
  þ: 'th',
};

function kebab(text: string): string {
  const slug = normaliseHeader(text)
    .replace(/[łßøæœđıþ]/g, (letter) => SPELLED_OUT[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(slug)
    ? slug.slice(0, 40).replace(/-+$/, '')
    : `role-${slug || 'unnamed'}`.slice(0, 40);
}

export function importMsel(
  rows: readonly string[][],
  options: MselImportOptions,
): { scenario: ScenarioDocument; report: MselImportReport } {
  const { playbook } = options;
  /** The playbook role a name stands for: through `--roles`, by role id, or by role title. */
  const knownRoleId = (name: string): string | undefined => {
    const key = normaliseHeader(name);
    const mapped = Object.entries(options.roleNames ?? {}).find(
      ([candidate]) => normaliseHeader(candidate) === key,
    )?.[1];
    return (
      mapped ??
      playbook.roles.find((role) => role.id === key.replace(/ /g, '-') || normaliseHeader(role.title) === key)
        ?.id
    );
  };
  const isKnownRole = (name: string) => knownRoleId(name) !== undefined;
  const report: MselImportReport = {
    columns: [],
    headerFound: false,
    columnsFrom: 'contents',
    assumptions: [],
    rowProblems: [],
    localRoles: [],
    imported: 0,
  };
  const plan = planColumns(rows, options.start, isKnownRole, options.columns);
  const { fields, dataStart } = plan;
  if (plan.columnsFrom === 'given') report.assumptions.push('columns as given with --columns');
  else if (plan.columnsFrom === 'contents')
    report.assumptions.push(
      plan.headerFound
        ? 'the header row names no column we know: columns were guessed from their contents (check the mapping, or give --columns)'
        : 'no header row: columns were guessed from their contents (check the mapping, or give --columns)',
    );
  else {
    const guessed = plan.columns.filter((column) => column.guessed && column.field !== 'ignored');
    if (guessed.length > 0)
      report.assumptions.push(
        `columns whose header names no field we know were guessed from their contents: ${guessed.map((column) => `${column.header} → ${column.field}`).join(', ')} (check them, or give --columns)`,
      );
  }
  report.headerFound = plan.headerFound;
  report.columnsFrom = plan.columnsFrom;
  report.columns = plan.columns.map(({ index, header, field, guessed, reason }) => ({
    index,
    header,
    field,
    ...(guessed ? { guessed } : {}),
    ...(reason ? { reason } : {}),
  }));
  const cell = (row: readonly string[], field: MselField) => {
    for (const [index, mapped] of fields) if (mapped === field) return (row[index] ?? '').trim();
    return '';
  };

  const roleIds = new Map<string, string>();
  const localRoles = new Map<string, { id: string; name: string }>();
  const roleFor = (name: string): string => {
    const key = normaliseHeader(name);
    const cached = roleIds.get(key);
    if (cached) return cached;
    let id = knownRoleId(name);
    if (!id) {
      let candidate = kebab(name);
      while (
        playbook.role(candidate) ||
        [...localRoles.values()].some((role) => role.id === candidate && normaliseHeader(role.name) !== key)
      )
        candidate = `${candidate}-x`;
      id = candidate;
      localRoles.set(key, { id, name: name.trim() });
    }
    roleIds.set(key, id);
    return id;
  };

  type Draft = { id: string; offsetMs: number; row: number; values: Record<MselField, string> };
  const drafts: Draft[] = [];
  const rules = new Set<string>();
  const usedIds = new Set<string>();
  for (let index = dataStart; index < rows.length; index++) {
    const row = rows[index] as string[];
    const rowNumber = index + 1;
    if (row.every((value) => value.trim() === '')) continue;
    const values = Object.fromEntries(MSEL_FIELDS.map((field) => [field, cell(row, field)])) as Record<
      MselField,
      string
    >;
    if (values.text === '' && values.title === '') {
      report.rowProblems.push({ row: rowNumber, reason: 'no message or title' });
      continue;
    }
    const time = values.time === '' ? null : parseMselTime(values.time, options.start);
    if (!time || !time.ok) {
      report.rowProblems.push({ row: rowNumber, reason: time ? time.reason : 'no time' });
      continue;
    }
    let id = values.number
      ? `INJ-${values.number.replace(/[^A-Za-z0-9._-]+/g, '-')}`
      : `INJ-${String(rowNumber).padStart(3, '0')}`;
    while (usedIds.has(id)) id = `${id}-b`;
    usedIds.add(id);
    drafts.push({ id, offsetMs: time.offsetMs, row: rowNumber, values });
    rules.add(time.rule);
  }
  if (rules.size > 0) report.assumptions.push(`times read as: ${[...rules].join('; ')}`);

  const earliest = Math.min(0, ...drafts.map((draft) => draft.offsetMs));
  if (earliest < 0) {
    report.assumptions.push(
      `the earliest inject is ${formatScenarioTime(-earliest).slice(2)} before the start given; T0 was moved back to it`,
    );
  }
  const latest = Math.max(60_000, ...drafts.map((draft) => draft.offsetMs - earliest));
  const channelOf = (text: string): Channel => channelNamedBy(text) ?? 'email';
  if (drafts.some((draft) => draft.values.channel === ''))
    report.assumptions.push('rows without a delivery method are sent as e-mail');
  const markings = new Set(playbook.markings.map((marking) => marking.id));
  report.assumptions.push(
    'markings not given (or unknown) are PUBLIC, so every recipient can receive the inject; set them before play',
  );

  const injects = drafts.map((draft) => {
    const { values } = draft;
    const from = roleFor(values.from || 'SimCell');
    const to = (values.to || 'Exercise players')
      .split(/[,;/&\n]| and /)
      .map((name) => name.trim())
      .filter(Boolean)
      .map(roleFor);
    const text = values.text || values.title;
    const marking = markings.has(values.marking.toUpperCase()) ? values.marking.toUpperCase() : 'PUBLIC';
    const expected = values.expected ? [{ id: 'EA-1', role: to[0] as string, text: values.expected }] : [];
    return {
      id: draft.id,
      title: (values.title || text).replace(/\s+/g, ' ').slice(0, 120),
      at: formatScenarioTime(draft.offsetMs - earliest),
      from,
      to: [...new Set(to)],
      channel: channelOf(values.channel),
      marking,
      priority: 'routine' as const,
      text,
      expectedActions: expected,
      ...(values.notes ? { evaluatorNotes: values.notes } : {}),
      objectives: [],
      tags: {},
      ...(values.track ? { track: values.track } : {}),
    };
  });

  // The roles that receive injects are the training audience: they play at stations, never by the SimCell.
  const recipients = new Set(injects.flatMap((inject) => inject.to));
  report.localRoles = [...localRoles.values()].map((role) => ({
    ...role,
    receives: recipients.has(role.id),
  }));
  report.imported = injects.length;
  const playbookRoles = [
    ...new Set(injects.flatMap((inject) => [inject.from, ...inject.to]).filter((id) => playbook.role(id))),
  ];
  const scenario = {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    kind: 'scenario',
    id: options.id,
    title: options.title,
    summary: `Imported MSEL (${injects.length} injects); review roles, markings and expected actions before play.`,
    playbook: { id: playbook.manifest.id, version: playbook.manifest.version },
    start: { date: shiftDate(options.start, earliest), timeZone: options.start.timeZone },
    span: formatScenarioTime(latest + 60 * 60_000).slice(2),
    world: {
      description: 'Imported from another tool; the world is as the MSEL describes it.',
      countries: [],
      actors: [],
    },
    roles: {
      play: [...new Set(['excon', 'simcell', ...playbookRoles])].filter((id) => playbook.role(id)),
      local: report.localRoles.map((role) => ({
        id: role.id,
        title: role.name,
        organisation: role.name,
        side: 'external' as const,
        audience: 'players' as const,
        clearance: [],
        groups: [],
        ...(role.receives ? {} : { simulatedBy: 'simcell' }),
      })),
    },
    objectives: [],
    cases: [],
    injects,
    calibration: [],
  } as ScenarioDocument;
  return { scenario, report };
}

function shiftDate(start: MselClock, offsetMs: number): string {
  const moment = new Date(Date.parse(`${start.date}T${start.time}:00Z`) + offsetMs);
  return moment.toISOString().slice(0, 16);
}
