import type { ExerciseMetrics } from '../metrics/index';
import type { ActorCredit, ExerciseReadModels } from '../read-models/index';
import type { ExerciseEvent } from '../ports/index';
import { metricsTable } from './metrics-table';

/**
 * The data exports of an exercise (issue 24): the journal, the decisions, the evaluation record, the metrics
 * and the improvement plan as plain tables, for an analyst's spreadsheet or script. Pure data: the formats
 * (CSV, XLSX) are spreadsheet-cells.ts.
 *
 * The table names and column names are a data format: people write formulas and scripts against them, so they
 * are English identifiers that never change meaning. Add a column at the end if need be; never rename one.
 */

/** One cell: text, a number, or nothing (an empty field). */
export type Cell = string | number | null;

/** What the events table reads of an event: its envelope, never its payload (a reader may keep only these). */
export type EventSummary = Pick<
  ExerciseEvent,
  'seq' | 'scenarioMs' | 'wallMs' | 'type' | 'actor' | 'marking'
>;

export interface DataTable {
  name: string;
  columns: string[];
  rows: Cell[][];
}

/** The data tables' names, in the order dataTables gives them: what a screen offers before it builds any. */
export const DATA_TABLE_NAMES = [
  'events',
  'decisions',
  'observations',
  'ratings',
  'metrics',
  'improvement plan',
] as const;

/** A table's name as a file's: `improvement plan` → `improvement-plan` (the CLI's CSV files, the review's). */
export const tableFileStem = (table: string): string => table.replace(/\s+/g, '-');

/**
 * The tables of an exercise, in this order: events, decisions, observations, ratings, metrics, improvement
 * plan (DATA_TABLE_NAMES). The read models keep no events, so the log is passed as well (the same one the models were folded from).
 */
export function dataTables(
  events: Iterable<EventSummary>,
  models: ExerciseReadModels,
  metrics: ExerciseMetrics,
): DataTable[] {
  return [
    eventsTable(events),
    decisionsTable(models),
    observationsTable(models),
    ratingsTable(models),
    metricsTable(metrics),
    planTable(models),
  ];
}

function eventsTable(events: Iterable<EventSummary>): DataTable {
  const rows: Cell[][] = [];
  for (const event of events)
    rows.push([
      event.seq,
      event.scenarioMs,
      new Date(event.wallMs).toISOString(),
      event.type,
      event.actor?.role ?? null,
      event.actor?.actingAs ?? null,
      event.marking,
    ]);
  return {
    name: 'events',
    columns: ['seq', 'scenarioMs', 'wallTime', 'type', 'actorRole', 'actingAs', 'marking'],
    rows,
  };
}

/** Credit as one word: person, control, engine, or `automated:<policy>`. */
function creditText(credit: ActorCredit): string {
  return credit.policy === null ? credit.kind : `${credit.kind}:${credit.policy}`;
}

function decisionsTable(models: ExerciseReadModels): DataTable {
  const rows: Cell[][] = [];
  for (const decision of models.history.decisions())
    rows.push([
      decision.seq,
      decision.scenarioMs,
      decision.decisionId,
      decision.role,
      decision.playedBy,
      creditText(decision.credit),
      decision.machine,
      decision.instance,
      decision.event,
      decision.stage,
      decision.rationale,
      decision.answersInject,
      decision.voided?.reason ?? null,
    ]);
  return {
    name: 'decisions',
    columns: [
      'seq',
      'scenarioMs',
      'decisionId',
      'role',
      'playedBy',
      'credit',
      'machine',
      'instance',
      'event',
      'stage',
      'rationale',
      'answersInject',
      'voidedReason',
    ],
    rows,
  };
}

function observationsTable(models: ExerciseReadModels): DataTable {
  return {
    name: 'observations',
    columns: ['observationId', 'seq', 'scenarioMs', 'by', 'kind', 'objectiveId', 'text', 'amendments'],
    // The text as it stands after its amendments; the versions before stay in the journal.
    rows: models.evaluation
      .observations()
      .map((o) => [
        o.observationId,
        o.seq,
        o.scenarioMs,
        o.by,
        o.current.kind,
        o.objectiveId,
        o.current.body,
        o.history.length - 1,
      ]),
  };
}

function ratingsTable(models: ExerciseReadModels): DataTable {
  // Every rating given, not only the one that stands: a change of mind is part of the record.
  const rows: Cell[][] = [];
  for (const list of models.evaluation.ratings().values())
    list.forEach((given, index) =>
      rows.push([
        given.objectiveId,
        given.rating,
        given.rationale,
        given.by,
        given.seq,
        given.scenarioMs,
        index === list.length - 1 ? 'yes' : 'no',
      ]),
    );
  return {
    name: 'ratings',
    columns: ['objectiveId', 'rating', 'rationale', 'by', 'seq', 'scenarioMs', 'standing'],
    rows,
  };
}

function planTable(models: ExerciseReadModels): DataTable {
  return {
    name: 'improvement plan',
    columns: [
      'actionId',
      'what',
      'owner',
      'due',
      'objectiveId',
      'observationIds',
      'status',
      'withdrawalReason',
    ],
    rows: models.plan
      .actions()
      .map(({ actionId, current, withdrawn }) => [
        actionId,
        current.what,
        current.owner,
        current.due,
        current.objectiveId,
        current.observationIds.join('; '),
        withdrawn ? 'withdrawn' : 'standing',
        withdrawn?.reason ?? null,
      ]),
  };
}
