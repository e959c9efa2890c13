import { describe, expect, it } from 'vitest';
import { Harness } from '../../test/fixtures/engine-harness';
import type { EngineState } from './engine-state';
import type { EngineRole } from './roles';
import { mechanismViews, openDecisions, stationDecisions } from './station-view';

async function started(): Promise<Harness> {
  const harness = await Harness.create();
  await harness.startAtMaxSpeed();
  return harness;
}

/** After ms-a invokes solidarity for arland: its case is invoked, and its route has forced crisis to full. */
async function invoked(): Promise<Harness> {
  const harness = await started();
  const invoke = {
    machine: 'solidarity',
    instance: 'arland',
    event: 'INVOKE',
    fields: { overwhelmed: true },
  };
  expect(await harness.send('decision/take', invoke, 'ms-a')).toMatchObject({ ok: true });
  return harness;
}

const role = (harness: Harness, id: string): EngineRole => {
  const found = harness.engine.roles.get(id);
  if (!found) throw new Error(`no role ${id}`);
  return found;
};

/** `machine:EVENT`, with the case, and `+` for a new case. */
const listed = (
  decisions: readonly { machine: string; instance: string | null; event: string; newCase: boolean }[],
) =>
  decisions.map(
    ({ machine, instance, event, newCase }) =>
      `${machine}${instance ? `#${instance}` : ''}:${event}${newCase ? '+' : ''}`,
  );

describe('the mechanisms a station shows', () => {
  it('are those whose marking the role is cleared for, with their active states, in actor order', async () => {
    const harness = await invoked();
    const { content, state } = harness.engine;
    const views = (id: string) => mechanismViews(content, state, role(harness, id));
    expect(views('ms-a')).toEqual([
      {
        actorKey: 'crisis',
        machine: 'crisis',
        title: 'Crisis arrangements',
        instance: null,
        states: ['full', 'full.meetings', 'full.meetings.idle', 'full.measures', 'full.measures.drafting'],
      },
      {
        actorKey: 'solidarity#arland',
        machine: 'solidarity',
        title: 'Solidarity request',
        instance: 'arland',
        states: ['invoked'],
      },
    ]);
    // Both mechanisms are EU-ONLY: nac (NATO clearance only) sees neither; control sees all.
    expect(views('nac')).toEqual([]);
    expect(views('excon').map((view) => view.actorKey)).toEqual(['crisis', 'solidarity#arland']);
  });
});

describe('the open decisions of a role', () => {
  // Worked from test/fixtures/mini-playbook: crisis in standby accepts CONSULT, ACTIVATE and RAPID_ALERT;
  // in full, STAND_DOWN, MEET (meetings idle) and ADOPT (measures drafting). Member states own CONSULT,
  // RAPID_ALERT and the solidarity events; the presidency the rest. A guard is the engine's to check.
  it('are the decisions it owns that its mechanisms accept in their current states', async () => {
    const harness = await started();
    const { content, state } = harness.engine;
    const open = (id: string) => listed(openDecisions(content, state, role(harness, id)));
    expect(open('presidency')).toEqual(['crisis:ACTIVATE']);
    expect(open('ms-a')).toEqual(['crisis:CONSULT', 'crisis:RAPID_ALERT', 'solidarity:INVOKE+']);
    expect(open('nac')).toEqual([]);
    // Local and control roles own no decision.
    expect(open('press')).toEqual([]);
    expect(open('excon')).toEqual([]);

    const after = await invoked();
    const now = (id: string) =>
      listed(openDecisions(after.engine.content, after.engine.state, role(after, id)));
    expect(now('presidency')).toEqual(['crisis:STAND_DOWN', 'crisis:MEET', 'crisis:ADOPT']);
    expect(now('ms-a')).toEqual(['solidarity#arland:WITHDRAW', 'solidarity:INVOKE+']);
  });

  it('are none for a scenario’s local role, even one in a group that owns decisions', async () => {
    const harness = await started();
    const local: EngineRole = {
      id: 'port-authority',
      title: 'Port authority',
      audience: 'players',
      clearance: ['eu'],
      groups: ['member-state'],
      local: true,
    };
    expect(openDecisions(harness.engine.content, harness.engine.state, local)).toEqual([]);
    expect(
      listed(openDecisions(harness.engine.content, harness.engine.state, { ...local, local: false })),
    ).toContain('crisis:CONSULT');
  });

  it('carry the decision’s title and fields', async () => {
    const harness = await started();
    const { content, state } = harness.engine;
    const invoke = openDecisions(content, state, role(harness, 'ms-a')).find(
      (decision) => decision.event === 'INVOKE',
    );
    expect(invoke).toEqual({
      machine: 'solidarity',
      instance: null,
      newCase: true,
      event: 'INVOKE',
      title: 'Invoke solidarity',
      fields: [{ name: 'overwhelmed', label: 'Capacities overwhelmed', type: 'boolean', required: true }],
    });
  });

  it('leave out a decision not yet in force on the exercise’s date', async () => {
    const harness = await started();
    const early = { ...structuredClone(harness.engine.state), date: '2019-01-01' } as EngineState;
    // The rapid alert exists from 2019-03-18.
    expect(listed(openDecisions(harness.engine.content, early, role(harness, 'ms-a')))).toEqual([
      'crisis:CONSULT',
      'solidarity:INVOKE+',
    ]);
  });

  it('on a station say what taking them does in the current states, and name a new case’s key', async () => {
    const harness = await invoked();
    const { content, state } = harness.engine;
    const decisions = stationDecisions(content, state, role(harness, 'ms-a'));
    expect(
      decisions.map((decision) => [decision.event, decision.caseLabel, decision.consequences.consequences]),
    ).toEqual([
      ['WITHDRAW', null, ['Solidarity request moves to "none"']],
      [
        'INVOKE',
        'requesting Member State',
        [
          'Solidarity request moves to "invoked" (if Capacities overwhelmed: true)',
          'Invocation forces full activation. → Crisis arrangements: Forced full activation (to "full")',
          'starts the timer ucpm request lapse (90d) in "invoked", then "lapsed"',
        ],
      ],
    ]);
    const meet = () =>
      stationDecisions(harness.engine.content, harness.engine.state, role(harness, 'presidency')).find(
        (decision) => decision.event === 'MEET',
      )?.consequences.consequences;
    expect(meet()).toEqual(['Crisis arrangements moves to "full › meetings › held"']);
    // The same decision in another state says something else.
    await harness.send('decision/take', { machine: 'crisis', event: 'MEET' }, 'presidency');
    expect(meet()).toEqual(['Crisis arrangements moves to "full › meetings › idle"']);
  });
});
