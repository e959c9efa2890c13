import type { Playbook } from '../playbook/index';
import {
  detectColumns,
  MSEL_FIELDS,
  normaliseHeader,
  type ColumnMapping,
  type MselField,
} from './msel-columns';
import { parseMselTime, type MselClock } from './msel-time';
import { formatScenarioTime } from './scenario-time';
import type { Channel, ScenarioDocument } from './scenario-schema';

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
  columns: { index: number; header: string; field: MselField | 'ignored' }[];
  headerFound: boolean;
  assumptions: string[];
  rowProblems: { row: number; reason: string }[];
  localRoles: { id: string; name: string }[];
  imported: number;
}

const CHANNEL_WORDS: [RegExp, Channel][] = [
  [/e-?mail|mail|courriel/, 'email'],
  [/phone|call|telephone|téléphone|radio/, 'phone'],
  [/social|twitter|tweet|post|facebook|x\.com/, 'social-media'],
  [/news|press|media|tv|television|article|journal/, 'news'],
  [/cable|diplomatic/, 'diplomatic-cable'],
  [/intel/, 'intelligence-report'],
  [/sitrep|situation report|report/, 'sitrep'],
  [/video|vtc|teams|zoom/, 'video-conference'],
  [/meeting|face|verbal|briefing|in person/, 'meeting'],
  [/request|letter|official|fax/, 'official-request'],
  [/alert|platform|portal|system/, 'platform-alert'],
];

function kebab(text: string): string {
  const slug = normaliseHeader(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(slug)
    ? slug.slice(0, 40).replace(/-+$/, '')
    : `role-${slug || 'unnamed'}`.slice(0, 40);
}

/** Guess columns from the cells when a sheet has no header row: the best time column, then text. */
function inferColumns(rows: readonly string[][], start: MselClock): Map<number, MselField> {
  const width = Math.max(...rows.map((row) => row.length));
  const columns = Array.from({ length: width }, (_, index) =>
    rows.map((row) => (row[index] ?? '').trim()).filter((cell) => cell !== ''),
  );
  const timeScore = columns.map((cells) =>
    cells.length === 0 ? 0 : cells.filter((cell) => parseMselTime(cell, start).ok).length / cells.length,
  );
  const fields = new Map<number, MselField>();
  const timeIndex = timeScore.indexOf(Math.max(...timeScore));
  if (timeScore[timeIndex] !== undefined && timeScore[timeIndex] >= 0.6) fields.set(timeIndex, 'time');
  const length = columns.map((cells, index) =>
    fields.has(index) || cells.length === 0
      ? 0
      : cells.reduce((sum, cell) => sum + cell.length, 0) / cells.length,
  );
  const textIndex = length.indexOf(Math.max(...length));
  if (length[textIndex]) fields.set(textIndex, 'text');
  const short = length
    .map((value, index) => ({ value, index }))
    .filter(({ value, index }) => value > 0 && !fields.has(index));
  for (const [position, field] of (['from', 'to', 'title'] as const).entries()) {
    const column = short[position];
    if (column) fields.set(column.index, field);
  }
  return fields;
}

export function importMsel(
  rows: readonly string[][],
  options: MselImportOptions,
): { scenario: ScenarioDocument; report: MselImportReport } {
  const { playbook } = options;
  const report: MselImportReport = {
    columns: [],
    headerFound: false,
    assumptions: [],
    rowProblems: [],
    localRoles: [],
    imported: 0,
  };
  const firstRow = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  const header = firstRow >= 0 ? (rows[firstRow] as string[]) : [];
  let mapping: ColumnMapping | null = options.columns ? null : detectColumns(header);
  let fields: ReadonlyMap<number, MselField>;
  let dataStart: number;
  if (options.columns) {
    fields = options.columns;
    dataStart = mapping ? firstRow + 1 : firstRow;
    report.assumptions.push('columns as given with --columns');
  } else if (mapping) {
    fields = mapping.fields;
    dataStart = firstRow + 1;
    report.headerFound = true;
  } else {
    fields = inferColumns(rows.slice(Math.max(0, firstRow)), options.start);
    dataStart = Math.max(0, firstRow);
    mapping = null;
    report.assumptions.push(
      'no header row: columns were guessed from their contents (check the mapping, or give --columns)',
    );
  }
  const width = Math.max(0, ...rows.map((row) => row.length));
  for (let index = 0; index < width; index++) {
    report.columns.push({
      index,
      header: report.headerFound ? (header[index] ?? '') : `column ${index + 1}`,
      field: fields.get(index) ?? 'ignored',
    });
  }
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
    const mapped = Object.entries(options.roleNames ?? {}).find(
      ([candidate]) => normaliseHeader(candidate) === key,
    )?.[1];
    const byPlaybook = playbook.roles.find(
      (role) => role.id === key.replace(/ /g, '-') || normaliseHeader(role.title) === key,
    );
    let id = mapped ?? byPlaybook?.id;
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
  const channelOf = (text: string): Channel => {
    const lower = text.toLowerCase().trim();
    const exact = CHANNEL_WORDS.map(([, channel]) => channel).find((channel) => channel === lower);
    if (exact) return exact;
    return CHANNEL_WORDS.find(([pattern]) => pattern.test(lower))?.[1] ?? 'email';
  };
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

  report.localRoles = [...localRoles.values()];
  report.imported = injects.length;
  const playbookRoles = [
    ...new Set(injects.flatMap((inject) => [inject.from, ...inject.to]).filter((id) => playbook.role(id))),
  ];
  const scenario = {
    schemaVersion: 1,
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
        simulatedBy: 'simcell',
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
