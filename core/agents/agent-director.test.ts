import { describe, expect, it } from 'vitest';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../test/fixtures/fixtures';
import { logEvent } from '../../test/fixtures/log-event';
import { COMMAND_SCHEMAS, type OpenDecision } from '../engine/index';
import type { CommandReply, ExerciseEvent } from '../ports/index';
import type { ScenarioDocument } from '../scenario/index';
import { AGENT_POLICIES, type AgentPolicy } from '../events/index';
import { AgentDirector, type DirectorOptions } from './agent-director';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const { playbook, scenario } = exerciseContent(miniPlaybookSources(), {
  path: 'mini-scenario.yaml',
  text: miniScenarioText(),
});

function director(policy: AgentPolicy, options: Partial<DirectorOptions> = {}): AgentDirector {
  return new AgentDirector({
    policy,
    seed: 1,
    playbook,
    scenario,
    date: '2019-06-03',
    roles: new Set(['ms-a']),
    controlRole: 'excon',
    markerRole: 'lead-evaluator',
    openDecisions: () => [],
    activePaths: () => ['standby'],
    ...options,
  });
}

const content = {
  title: 't',
  text: 'x',
  from: 'press',
  to: ['ms-a'],
  channel: 'news',
  marking: 'PUBLIC',
  priority: 'routine',
};
const released = (injectId: string, atMs: number) =>
  logEvent(
    2,
    'inject.released',
    { injectId, content, deadlines: {}, cause: 'schedule', adhoc: false },
    { scenarioMs: atMs },
  );

// INJ-1 changed to expect the presidency's ESCALATE, which crisis accepts in sharing, not in standby.
const escalating: ScenarioDocument = {
  ...scenario,
  injects: scenario.injects.map((inject) =>
    inject.id !== 'INJ-1'
      ? inject
      : {
          ...inject,
          expectedActions: [
            {
              id: 'EA-1',
              role: 'presidency',
              event: { machine: 'crisis', event: 'ESCALATE' },
              window: '6h',
            },
          ],
        },
  ),
};

/** Everything the director plans, in the order it hands it out, with the time it comes due. */
function plan(agents: AgentDirector) {
  const out = [];
  for (let wake = agents.nextWakeMs(); wake !== null; wake = agents.nextWakeMs())
    for (const due of agents.due(wake)) out.push({ atMs: wake, ...due });
  return out;
}

const ok: CommandReply = { ok: true, commandId: 'x', seqs: [1] };
const notNow: CommandReply = { ok: false, commandId: 'x', code: 'not-now', reason: 'not yet' };

describe('the policies', () => {
  it('are the three the auto-play command takes', () => {
    expect(AGENT_POLICIES).toEqual(['doctrine', 'late', 'random']);
    for (const policy of AGENT_POLICIES)
      expect(COMMAND_SCHEMAS['role/auto-play'].safeParse({ role: 'ms-a', policy }).success).toBe(true);
  });
});

describe('a doctrine team', () => {
  // mini-scenario.yaml: INJ-1 expects ms-a's RAPID_ALERT within 6 h (EA-1) and a press briefing, free text,
  // within 12 h (EA-2); INJ-4 expects the presidency's ADOPT, a role this team does not play.
  it('meets each expected action of its roles well inside its window, marking free-text ones as the evaluator', () => {
    const agents = director('doctrine');
    agents.observe([released('INJ-1', HOUR), released('INJ-4', HOUR)]);
    const planned = plan(agents);
    expect(planned.map(({ command }) => command.type).sort()).toEqual([
      'decision/take',
      'expected-action/mark',
    ]);
    const decision = planned.find(({ command }) => command.type === 'decision/take')!;
    // Doctrine acts between 15 % and 55 % into a window.
    expect(decision.atMs).toBeGreaterThanOrEqual(HOUR + 0.15 * 6 * HOUR);
    expect(decision.atMs).toBeLessThanOrEqual(HOUR + 0.55 * 6 * HOUR);
    expect(decision.command).toMatchObject({
      issuedBy: { role: 'excon', station: 'agent:doctrine' },
      actingAs: 'ms-a',
      payload: { machine: 'crisis', event: 'RAPID_ALERT', fields: {}, rationale: 'In response to INJ-1' },
    });
    const mark = planned.find(({ command }) => command.type === 'expected-action/mark')!;
    expect(mark.atMs).toBeGreaterThanOrEqual(HOUR + 0.15 * 12 * HOUR);
    expect(mark.atMs).toBeLessThanOrEqual(HOUR + 0.55 * 12 * HOUR);
    expect(mark.command).toEqual({
      commandId: expect.stringMatching(/^agent-doctrine-1-\d+$/),
      type: 'expected-action/mark',
      issuedBy: { role: 'lead-evaluator', station: 'agent:doctrine' },
      payload: { injectId: 'INJ-1', actionId: 'EA-2', met: true, note: 'ms-a did it (automated role)' },
    });
  });

  it('acknowledges what reaches its roles within minutes, and reads its messages', () => {
    const agents = director('doctrine');
    const message = {
      messageId: 'M-3',
      from: 'nac',
      to: ['ms-a'],
      marking: 'PUBLIC',
      subject: 's',
      body: 'b',
      inReplyTo: null,
      injectRefs: [],
    };
    agents.observe([
      logEvent(2, 'inject.delivered', { injectId: 'INJ-1', role: 'ms-a', content }, { scenarioMs: HOUR }),
      logEvent(3, 'inject.delivered', { injectId: 'INJ-1', role: 'ms-c', content }, { scenarioMs: HOUR }),
      logEvent(4, 'message.delivered', { ...message, role: 'ms-a' }, { scenarioMs: HOUR }),
    ]);
    const planned = plan(agents);
    expect(planned.map(({ command }) => [command.type, command.actingAs, command.payload])).toEqual(
      expect.arrayContaining([
        ['inject/acknowledge', 'ms-a', { injectId: 'INJ-1' }],
        ['message/read', 'ms-a', { messageId: 'M-3' }],
      ]),
    );
    expect(planned).toHaveLength(2);
    const at = (type: string) => planned.find(({ command }) => command.type === type)!.atMs - HOUR;
    expect(at('inject/acknowledge')).toBeGreaterThanOrEqual(2 * MINUTE);
    expect(at('inject/acknowledge')).toBeLessThanOrEqual(20 * MINUTE);
    expect(at('message/read')).toBeGreaterThanOrEqual(5 * MINUTE);
    expect(at('message/read')).toBeLessThanOrEqual(30 * MINUTE);
  });

  it('hands out nothing before its time, then everything due in time order, each command with its own id', () => {
    const agents = director('doctrine');
    agents.observe([released('INJ-1', 0)]);
    const first = agents.nextWakeMs()!;
    expect(agents.due(first - 1)).toEqual([]);
    const all = agents.due(24 * HOUR);
    expect(all.map(({ action }) => action.atMs)).toEqual(
      [...all.map(({ action }) => action.atMs)].sort((a, b) => a - b),
    );
    expect(all[0]?.action.atMs).toBe(first);
    expect(all.map(({ command }) => command.commandId)).toEqual(['agent-doctrine-1-1', 'agent-doctrine-1-2']);
    expect(agents.nextWakeMs()).toBeNull();
  });

  it('tries a decision refused as not now again, every twelfth of its window, until the window closes', () => {
    const decisions = (due: ReturnType<AgentDirector['due']>) =>
      due.filter(({ command }) => command.type === 'decision/take');
    const agents = director('doctrine');
    agents.observe([released('INJ-1', 0)]);
    // Planned at most 55 % into the 6 h window.
    const [first] = decisions(agents.due(0.55 * 6 * HOUR));
    agents.onReply(first!.action, notNow, 4 * HOUR);
    // A 6 h window: retried every 30 min, given up at 6 h.
    expect(decisions(agents.due(4.5 * HOUR - 1))).toEqual([]);
    const [retry] = decisions(agents.due(4.5 * HOUR));
    expect(retry?.command.payload).toEqual(first!.command.payload);
    agents.onReply(retry!.action, notNow, 5.75 * HOUR);
    expect(decisions(agents.due(48 * HOUR))).toEqual([]);
    // Accepted, or refused for another reason: no retry.
    const again = director('doctrine');
    again.observe([released('INJ-1', 0)]);
    const [taken] = decisions(again.due(0.55 * 6 * HOUR));
    again.onReply(taken!.action, ok, HOUR);
    again.onReply(taken!.action, { ...notNow, code: 'not-allowed' }, HOUR);
    expect(decisions(again.due(48 * HOUR))).toEqual([]);
  });

  it('first takes the step its playbook says must come before a refused decision', () => {
    const agents = director('doctrine', { scenario: escalating, roles: new Set(['presidency']) });
    agents.observe([released('INJ-1', 0)]);
    const [escalate] = agents.due(agents.nextWakeMs()!);
    expect(escalate?.command.payload).toMatchObject({
      event: 'ESCALATE',
      fields: { reason: 'Reason: t (automated role)' },
    });
    agents.onReply(escalate!.action, notNow, 2 * HOUR);
    // Of standby's ways into sharing, ACTIVATE is the presidency's (RAPID_ALERT is a member state's).
    const [step, retry] = plan(agents);
    expect(step).toMatchObject({
      atMs: 2 * HOUR,
      command: {
        actingAs: 'presidency',
        payload: {
          machine: 'crisis',
          event: 'ACTIVATE',
          fields: {},
          rationale: 'So that ESCALATE can follow',
        },
      },
    });
    expect(retry).toMatchObject({ atMs: 2.5 * HOUR, command: { payload: { event: 'ESCALATE' } } });
  });
});

describe("what an automated role writes into a decision's fields", () => {
  const plannedAfter = (marking: string) => {
    const agents = director('doctrine', { scenario: escalating, roles: new Set(['presidency']) });
    agents.observe([
      logEvent(
        2,
        'inject.released',
        {
          injectId: 'INJ-1',
          content: { ...content, title: 'Allied warning', marking },
          deadlines: {},
          cause: 'schedule',
          adhoc: false,
        },
        { scenarioMs: 0 },
      ),
    ]);
    const [escalate] = agents.due(agents.nextWakeMs()!);
    return escalate?.command.payload;
  };

  it("names the inject by its title where the mechanism's marking (EU-ONLY here) already covers the inject's", () => {
    expect(plannedAfter('PUBLIC')).toMatchObject({
      fields: { reason: 'Reason: Allied warning (automated role)' },
    });
    expect(plannedAfter('EU-ONLY')).toMatchObject({
      fields: { reason: 'Reason: Allied warning (automated role)' },
    });
  });

  it('names it by its id where the title would reach roles its marking excludes', () => {
    expect(plannedAfter('NATO-ONLY')).toMatchObject({ fields: { reason: 'Reason: INJ-1 (automated role)' } });
    expect(plannedAfter('REL-EU-NATO')).toMatchObject({
      fields: { reason: 'Reason: Allied warning (automated role)' },
    });
  });
});

describe('a late team', () => {
  it('acts inside some windows and well after others, and marks no free-text action it misses', () => {
    const offsets: number[] = [];
    for (let seed = 1; seed <= 30; seed++) {
      const agents = director('late', { seed });
      agents.observe([released('INJ-1', 0)]);
      const planned = plan(agents);
      const decision = planned.find(({ command }) => command.type === 'decision/take');
      offsets.push(decision!.atMs / (6 * HOUR));
      const marks = planned.filter(({ command }) => command.type === 'expected-action/mark');
      for (const mark of marks) expect(mark.atMs).toBeLessThanOrEqual(0.55 * 12 * HOUR);
    }
    // On time: 15–55 % into the window; late: 115–180 %. Both happen.
    expect(
      offsets.every((share) => (share >= 0.15 && share <= 0.55) || (share >= 1.15 && share <= 1.8)),
    ).toBe(true);
    expect(offsets.some((share) => share > 1)).toBe(true);
    expect(offsets.some((share) => share < 1)).toBe(true);
  });
});

describe('a random team', () => {
  const ownDecisions = (role: string): OpenDecision[] =>
    role === 'ms-a'
      ? [
          {
            machine: 'solidarity',
            instance: null,
            newCase: true,
            event: 'INVOKE',
            title: 'Invoke solidarity',
            fields: [],
          },
        ]
      : [];

  it('plans nothing from the expected actions, and takes an open decision at random moments', () => {
    const agents = director('random', { openDecisions: ownDecisions });
    agents.observe([released('INJ-1', 0)]);
    const first = agents.nextWakeMs()!;
    expect(first).toBeGreaterThanOrEqual(30 * MINUTE);
    expect(first).toBeLessThanOrEqual(4 * HOUR);
    const [taken] = agents.due(first);
    expect(taken?.command).toMatchObject({
      type: 'decision/take',
      actingAs: 'ms-a',
      payload: { machine: 'solidarity', event: 'INVOKE', instance: expect.stringMatching(/^case-[123]$/) },
    });
    const next = agents.nextWakeMs()!;
    expect(next - first).toBeGreaterThanOrEqual(HOUR);
    expect(next - first).toBeLessThanOrEqual(8 * HOUR);
  });

  it('does the same for the same seed', () => {
    const run = () => {
      const agents = director('random', { seed: 4, openDecisions: ownDecisions });
      const log: ExerciseEvent[] = [released('INJ-1', 0)];
      agents.observe(log);
      const commands = [];
      for (let step = 0; step < 5; step++) commands.push(...agents.due(agents.nextWakeMs()!));
      return commands.map(({ command }) => command);
    };
    expect(run()).toEqual(run());
  });
});
