// The data tables of the review log (test/fixtures/review-log.ts): each expected row is worked out from the
// fixture's comments and the harness's rules (each command one simulated second after the last, from
// WALL_START), never from the code under test.
import { describe, expect, it } from 'vitest';
import { ExerciseReadModels } from '../read-models/index';
import { metricsOf } from '../metrics/index';
import { WALL_START } from '../../test/fixtures/engine-harness';
import { HOUR, reviewLog } from '../../test/fixtures/review-log';
import { DATA_TABLE_NAMES, dataTables, tableFileStem, type DataTable } from './data-tables';

async function tablesOfReviewLog() {
  const h = await reviewLog();
  // Beyond the fixture: an amended observation and a withdrawn action, after what the fixture logs.
  await h.send('observation/amend', {
    observationId: 'OBS-2',
    text: '=Press not briefed',
    reason: 'checked',
  });
  await h.send('corrective-action/add', {
    actionId: 'CA-2',
    what: 'Drill, again',
    owner: 'presidency',
    due: null,
    objectiveId: null,
    observationIds: ['OBS-1', 'OBS-2'],
  });
  await h.send('corrective-action/withdraw', { actionId: 'CA-2', reason: 'Covered by CA-1' });
  const models = ExerciseReadModels.of(h.log, h.engine.content);
  const metrics = metricsOf(models);
  const tables = dataTables(h.log, models, metrics);
  const table = (name: string): DataTable => {
    const found = tables.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no table ${name}`);
    return found;
  };
  return { h, metrics, tables, table };
}

/** The row of a table as a record of its columns, to read cells by name. */
function records(table: DataTable): Record<string, unknown>[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((column, i) => [column, row[i]])));
}

describe('dataTables', () => {
  it('gives the six tables in order, every row as wide as its header', async () => {
    const { tables } = await tablesOfReviewLog();
    expect(tables.map((table) => table.name)).toEqual([
      'events',
      'decisions',
      'observations',
      'ratings',
      'metrics',
      'improvement plan',
    ]);
    // Their files' names, as the CLI writes them and the review saves them.
    expect(DATA_TABLE_NAMES.map(tableFileStem)).toEqual([
      'events',
      'decisions',
      'observations',
      'ratings',
      'metrics',
      'improvement-plan',
    ]);
    // The names a screen offers before building any are the tables' own.
    expect(tables.map((table) => table.name)).toEqual([...DATA_TABLE_NAMES]);
    for (const table of tables)
      for (const row of table.rows) expect(row, table.name).toHaveLength(table.columns.length);
  });

  it('lists every event with its times, actor and marking', async () => {
    const { h, table } = await tablesOfReviewLog();
    const events = table('events');
    expect(events.columns).toEqual([
      'seq',
      'scenarioMs',
      'wallTime',
      'type',
      'actorRole',
      'actingAs',
      'marking',
    ]);
    expect(events.rows.map((row) => row[0])).toEqual(h.log.map((_, i) => i + 1));
    // The RAPID_ALERT decision: the sixth command (speed, start, jump, acknowledge, jump, decision), at T+2h.
    const rapid = h.eventsOf('decision.taken').find((event) => event.payload.event === 'RAPID_ALERT');
    expect(events.rows[(rapid?.seq ?? 0) - 1]).toEqual([
      rapid?.seq,
      2 * HOUR,
      new Date(WALL_START + 6000).toISOString(),
      'decision.taken',
      'ms-a',
      null,
      rapid?.marking,
    ]);
    expect(new Date(WALL_START + 6000).toISOString()).toBe('2019-06-03T09:00:06.000Z');
    // The NATO message keeps its marking.
    const nato = h.eventsOf('message.sent')[0];
    expect(events.rows[(nato?.seq ?? 0) - 1]?.slice(3)).toEqual(['message.sent', 'nac', null, 'NATO-ONLY']);
  });

  it('lists the decisions in the order taken, with the inject answered and the void', async () => {
    const { h, table } = await tablesOfReviewLog();
    const decisions = table('decisions');
    const taken = h.eventsOf('decision.taken');
    const id = (event: string) => taken.find((e) => e.payload.event === event)?.payload.decisionId;
    const seq = (event: string) => taken.find((e) => e.payload.event === event)?.seq;
    const row = (
      event: string,
      ms: number,
      role: string,
      stage: string,
      more: unknown[] = [null, null, null],
    ) => [seq(event), ms, id(event), role, null, 'person', 'crisis', null, event, stage, ...more];
    expect(decisions.rows).toEqual([
      row('RAPID_ALERT', 2 * HOUR, 'ms-a', 'notify', ['Port hit', 'INJ-1', null]),
      row('STAND_DOWN', 2 * HOUR, 'presidency', 'other'),
      row('CONSULT', 2 * HOUR, 'ms-a', 'other'),
      row('ACTIVATE', 3 * HOUR, 'presidency', 'decide'),
      row('ESCALATE', 4 * HOUR, 'presidency', 'decide'),
      row('ADOPT', 5 * HOUR, 'presidency', 'activate', [null, null, 'Taken by mistake']),
    ]);
  });

  it('lists the observations as they stand, the ratings and the improvement plan', async () => {
    const { h, table } = await tablesOfReviewLog();
    const seqOf = (type: 'observation.recorded' | 'rating.given', index: number) =>
      h.eventsOf(type)[index]?.seq;
    expect(table('observations').rows).toEqual([
      [
        'OBS-1',
        seqOf('observation.recorded', 0),
        7 * HOUR,
        'excon',
        'strength',
        'obj-alert',
        'Alert went out fast',
        0,
      ],
      [
        'OBS-2',
        seqOf('observation.recorded', 1),
        7 * HOUR,
        'excon',
        'improvement',
        'obj-alert',
        '=Press not briefed',
        1,
      ],
    ]);
    expect(table('ratings').rows).toEqual([
      ['obj-alert', 'S', 'Fast alert, no press line', 'excon', seqOf('rating.given', 0), 7 * HOUR, 'yes'],
    ]);
    expect(records(table('improvement plan'))).toEqual([
      {
        actionId: 'CA-1',
        what: 'Write a press line template',
        owner: 'ms-a',
        due: '2027-03-31',
        objectiveId: 'obj-alert',
        observationIds: 'OBS-2',
        status: 'standing',
        withdrawalReason: null,
      },
      {
        actionId: 'CA-2',
        what: 'Drill, again',
        owner: 'presidency',
        due: null,
        objectiveId: null,
        observationIds: 'OBS-1; OBS-2',
        status: 'withdrawn',
        withdrawalReason: 'Covered by CA-1',
      },
    ]);
  });

  it('flattens the metrics into one row per figure, each figure once, with the values of metrics.json', async () => {
    const { metrics, table } = await tablesOfReviewLog();
    const rows = table('metrics').rows;
    const figures = rows.map((row) => row[1]);
    expect(new Set(figures).size).toBe(figures.length);
    for (const [group, figure] of rows)
      expect(figure === group || String(figure).startsWith(`${String(group)}.`), String(figure)).toBe(true);
    const value = (figure: string) => {
      const found = rows.filter((row) => row[1] === figure);
      expect(found, figure).toHaveLength(1);
      return found[0]?.[2];
    };
    // Paths picked by hand in metrics.json.
    expect(value('expectedActions.byStatus.met')).toBe(metrics.expectedActions.byStatus.met);
    expect(value('exchange.euNato.exchanges')).toBe(metrics.exchange.euNato.exchanges);
    expect(value('stages.total.notify.scenarioMs')).toBe(metrics.stages.total.notify?.scenarioMs ?? null);
    // And worked out from the fixture's comments: ms-c acknowledged INJ-1 1 h after delivery.
    expect(value('acknowledgement.ms-c.scenario.medianMs')).toBe(HOUR);
    expect(value('acknowledgement.ms-c.acknowledged')).toBe(1);
    expect(value('consistency.voidedDecisions.count')).toBe(1);
    expect(value('evaluation.observations')).toBe(2);
    expect(value('evaluation.amendments')).toBe(1);
    expect(value('evaluation.ratings.S')).toBe(1);
    expect(value('schemaVersion')).toBe(2);
    expect(rows.find((row) => row[1] === 'schemaVersion')?.[0]).toBe('schemaVersion');
    expect(rows.find((row) => row[1] === 'expectedActions.byStatus.met')?.[0]).toBe('expectedActions');
  });

  it('gives the same tables for the same log', async () => {
    const first = await tablesOfReviewLog();
    const second = await tablesOfReviewLog();
    expect(second.tables).toEqual(first.tables);
  });
});
