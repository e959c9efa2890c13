// Makes the hand-played fixture journal of test/fixtures/journals/ (README there): an exercise of the
// PACE-style combined campaign played through the engine as the console, role stations and evaluators
// would play it, saved as the browser app's backup saves it (one canonical JSON line per event).
//
//   npx tsx scripts/make-fixture-journals.ts <out-file> [--force]
//
// A fixture is made once, by the version it records, and committed; later versions must reopen it with
// the same figures. Rerunning this script with a later version makes a new fixture, never a replacement.
import { stat, writeFile } from 'node:fs/promises';
import {
  describeProblems,
  encodeEvents,
  ExerciseEngine,
  MemoryEventStore,
  isEvent,
  loadExerciseContent,
  type CommandReply,
  type EventOf,
} from '../core/index';
import { readBundledPlaybook, readDocument } from '../node-adapters/index';

const HOUR = 3_600_000;

async function main(args: readonly string[]): Promise<number> {
  const out = args.find((arg) => !arg.startsWith('--'));
  if (!out) {
    console.error('usage: tsx scripts/make-fixture-journals.ts <out-file> [--force]');
    return 2;
  }
  if (!args.includes('--force') && (await stat(out).catch(() => null))) {
    console.error(`${out} exists: add --force to replace it`);
    return 2;
  }
  const playbook = await readBundledPlaybook();
  const read = await readDocument('scenarios/combined-hybrid-campaign/scenario.yaml');
  if (!read.ok) throw new Error(read.problem.message);
  const loaded = loadExerciseContent(playbook, read.source);
  if (!loaded.ok) throw new Error(describeProblems(loaded.problems));
  const exerciseId = 'pace-rehearsal-hand-played';
  let wallMs = Date.UTC(2026, 10, 30, 8, 0, 0);
  const store = new MemoryEventStore(exerciseId);
  const engine = await ExerciseEngine.create(store, {
    exerciseId,
    name: 'PACE rehearsal (hand-played)',
    seed: 7,
    wallMs,
    content: loaded.content,
    exerciseMarking: 'EXERCISE EXERCISE EXERCISE',
  });

  let counter = 0;
  const stations: Record<string, string> = {};
  const stationOf = (role: string) => (stations[role] ??= `station-${(0x3a7 + counter * 97).toString(16)}`);
  /** One command from a station (or the console), some seconds of wall time after the last. */
  const send = async (
    role: string,
    type: string,
    payload: Record<string, unknown> = {},
    options: { actingAs?: string; seconds?: number; expectOk?: boolean } = {},
  ): Promise<CommandReply> => {
    counter += 1;
    wallMs += (options.seconds ?? 20) * 1000;
    const joining = role !== 'excon' && !(role in stations);
    const station = role === 'excon' ? 'console' : stationOf(role);
    // From envelope v3 the host records who joined which role with a code (issue 20): before its first act.
    if (joining)
      await engine.recordStationAccess(
        {
          type: 'station.joined',
          payload: {
            station,
            roles: [role],
            kind: role.includes('evaluator') ? 'evaluator' : 'player',
            via: 'code',
            codeId: `code-${role}`,
            address: `10.20.0.${10 + Object.keys(stations).length}`,
          },
        },
        wallMs,
      );
    const reply = await engine.execute(
      {
        commandId: `${station}-${counter}`,
        type,
        issuedBy: { role, station },
        ...(options.actingAs ? { actingAs: options.actingAs } : {}),
        payload,
        clientTs: wallMs,
      },
      wallMs,
    );
    if (!reply.ok && options.expectOk !== false)
      throw new Error(`${role} ${type} refused: ${reply.reason} (${reply.field ?? ''})`);
    return reply;
  };
  /** Let wall time pass with the clock running: the host ticks every few seconds. */
  const wait = async (minutes: number) => {
    for (let step = 0; step < minutes; step++) {
      wallMs += 60_000;
      await engine.tick(wallMs);
    }
  };
  const delivered = (role: string) =>
    engine.events.filter(
      (event): event is EventOf<'inject.delivered'> =>
        isEvent(event, 'inject.delivered') && event.payload.role === role,
    );
  const acknowledgeAll = async (role: string) => {
    for (const event of delivered(role)) {
      const { injectId } = event.payload;
      if (engine.state.injects[injectId]?.recipients[role] === 'delivered')
        await send(role, 'inject/acknowledge', { injectId }, { seconds: 45 });
    }
  };
  /** Take the decision if the role may take it now; a participant reads the open list first. */
  const decide = async (
    role: string,
    machine: string,
    event: string,
    fields: Record<string, string | number | boolean> = {},
    rationale?: string,
    instance?: string,
  ) => {
    const open = engine
      .openDecisions(role)
      .find(
        (decision) =>
          decision.machine === machine &&
          decision.event === event &&
          (instance === undefined || decision.instance === instance || decision.newCase),
      );
    if (!open) throw new Error(`${role} cannot take ${machine} ${event} now`);
    return send(role, 'decision/take', {
      machine,
      event,
      fields,
      ...(instance ? { instance } : {}),
      ...(rationale ? { rationale } : {}),
    });
  };

  /** Participants at their stations take the decisions their injects ask of them, when they can. */
  const HAND_PLAYED = new Set([
    'ms-affected-csirt',
    'ms-affected',
    'presidency',
    'eeas-stratcom',
    'nato-liaison',
  ]);
  let marked = 0;
  const playExpected = async () => {
    // Evaluators mark the first free-text action they see met, with a note, and the second unmet.
    for (const action of openFreeText().slice(0, Math.max(0, 2 - marked))) {
      marked += 1;
      await send(
        marked === 1 ? 'evaluator' : 'lead-evaluator',
        'expected-action/mark',
        marked === 1 ? { ...action, met: true, note: 'Seen at the desk' } : { ...action, met: false },
      );
    }
    for (const inject of engine.content.scenario.injects) {
      const state = engine.state.injects[inject.id];
      if (state?.status !== 'released') continue;
      for (const action of inject.expectedActions) {
        if (!('event' in action) || !HAND_PLAYED.has(action.role)) continue;
        if (state.expected[action.id]?.status !== 'open') continue;
        const wanted = action.event;
        const open = engine
          .openDecisions(action.role)
          .find((decision) => decision.machine === wanted.machine && decision.event === wanted.event);
        if (!open) continue;
        const fields: Record<string, string | number | boolean> = { ...(wanted.fields ?? {}) };
        for (const field of open.fields)
          if (field.required && fields[field.name] === undefined)
            fields[field.name] = field.options?.[0] ?? `${field.label} (${inject.id})`;
        await send(
          action.role,
          'decision/take',
          {
            machine: wanted.machine,
            event: wanted.event,
            fields,
            ...(wanted.instance
              ? { instance: wanted.instance }
              : open.instance
                ? { instance: open.instance }
                : {}),
            rationale: `As asked by ${inject.id}`,
            // From envelope v4 a decision names the inject it answers, when its role received it (issue 22).
            ...(received(inject.id, action.role) ? { answersInject: inject.id } : {}),
          },
          { seconds: 240, expectOk: false },
        );
      }
    }
  };
  /** Whether the inject reached the role (delivered or acknowledged, not blocked). */
  const received = (injectId: string, role: string) => {
    const status = engine.state.injects[injectId]?.recipients[role];
    return status !== undefined && status !== 'blocked';
  };
  /** A free-text expected action still open, for an evaluator to mark. */
  const openFreeText = () =>
    engine.content.scenario.injects.flatMap((inject) =>
      inject.expectedActions
        .filter((action) => !('event' in action))
        .filter((action) => engine.state.injects[inject.id]?.expected[action.id]?.status === 'open')
        .map((action) => ({ injectId: inject.id, actionId: action.id })),
    );

  // STARTEX, at 30x: a wall minute is half a scenario hour.
  await send('excon', 'role/auto-play', { role: 'ms-others', policy: 'doctrine' });
  await send('excon', 'exercise/start');
  await send('excon', 'exercise/speed', { speed: 30 });
  await wait(3);
  await playExpected();
  await acknowledgeAll('ms-affected-csirt');
  await acknowledgeAll('ms-affected');
  await playExpected();
  await send('excon', 'inject/hold', { injectId: 'INJ-004' });
  await send('excon', 'inject/edit', {
    injectId: 'INJ-004',
    changes: { title: 'Brenngas reports the same wiper (edited by EXCON)' },
  });
  await send('excon', 'inject/reschedule', { injectId: 'INJ-004', at: 'T+5h' });

  // The EU–NATO staff channel opens: messages both ways, one blocked by its marking.
  await send('eu-liaison-nato', 'message/send', {
    messageId: 'MSG-LIAISON-1',
    to: ['nato-liaison'],
    marking: 'REL-EU-NATO',
    subject: 'Wiper in Lethia: request for a staff contact',
    body: 'The EU side asks for a staff-to-staff contact on the wiper attack against Lethian energy operators.',
    injectRefs: [],
  });
  await wait(1);
  await playExpected();
  await send('nato-liaison', 'message/read', { messageId: 'MSG-LIAISON-1' }, { seconds: 90 });
  await send('nato-liaison', 'message/send', {
    messageId: 'MSG-LIAISON-2',
    to: ['eu-liaison-nato'],
    marking: 'REL-EU-NATO',
    subject: 'Re: staff contact',
    body: 'Agreed. The Hybrid Analysis Branch will join a cross-briefing at 14:00.',
    inReplyTo: 'MSG-LIAISON-1',
    injectRefs: [],
  });
  await send('nato-liaison', 'message/send', {
    messageId: 'MSG-NATO-ONLY-1',
    to: ['eu-liaison-nato', 'ms-affected'],
    marking: 'NATO-ONLY',
    subject: 'Maritime picture around Ambermere',
    body: 'Track data of the merchant vessel near the interconnector (NATO only).',
    injectRefs: [],
  });
  await send('eu-liaison-nato', 'message/read', { messageId: 'MSG-LIAISON-2' }, { seconds: 120 });
  await send('presidency', 'message/send', {
    messageId: 'MSG-PRES-1',
    to: ['ms-c', 'ms-a', 'nac'],
    marking: 'EU-ONLY',
    subject: 'IPCR informal roundtable',
    body: 'The Presidency convenes an informal IPCR roundtable on the cyber attacks this afternoon.',
    injectRefs: ['INJ-001'],
  });
  await send('ms-c', 'message/read', { messageId: 'MSG-PRES-1' }, { seconds: 300 });

  await decide('eu-liaison-nato', 'eu-nato-link', 'STAFF_CONTACT', {}, 'NATO agreed to a contact');
  await wait(2);
  await playExpected();
  await decide('nato-hybrid-branch', 'eu-nato-link', 'CROSS_BRIEFING', {}, 'Joint look at the wiper');
  await decide(
    'intcen-fusion-cell',
    'eu-nato-link',
    'SHARE_PRODUCT',
    { marking: 'EU-ONLY', title: 'INTCEN flash on Steppe Lynx' },
    'Shared before checking its marking',
  );
  await decide(
    'intcen-fusion-cell',
    'eu-nato-link',
    'SHARE_PRODUCT',
    { marking: 'REL-EU-NATO', title: 'Sanitised INTCEN flash on Steppe Lynx' },
    'Released version of the flash',
  );
  await acknowledgeAll('intcen-fusion-cell');
  await acknowledgeAll('nato-liaison');
  await wait(4);
  await playExpected();
  await playExpected();

  // A decision taken in error, voided by EXCON; one taken by EXCON for an absent role.
  const open = engine.openDecisions('presidency');
  const ipcr = open.find((decision) => decision.machine === 'ipcr');
  if (!ipcr) throw new Error('the Presidency has no IPCR decision open');
  const mistaken = await decide('presidency', 'ipcr', ipcr.event, {}, 'Pressed too early');
  await send('excon', 'decision/void', {
    decisionId: `D-${mistaken.ok ? (mistaken.seqs[0] as number) : 0}`,
    reason: 'Taken before the roundtable agreed it; the Presidency asked for it to be withdrawn',
  });
  await send(
    'excon',
    'decision/take',
    { machine: 'ipcr', event: ipcr.event, fields: {} },
    {
      actingAs: 'presidency',
    },
  );

  // The safety stop: a real-world medical call in the room.
  await send('excon', 'exercise/no-play', { on: true, notice: 'Real-world medical call: stop play' });
  wallMs += 8 * 60_000;
  await send('excon', 'exercise/no-play', { on: false });
  await send('excon', 'exercise/resume');
  await wait(2);
  await playExpected();

  // Ad-hoc inject from a simulated actor, and a skipped one.
  await send('simcell', 'inject/send-adhoc', {
    injectId: 'ADHOC-PRESS-1',
    title: 'Sorrin Herald asks about NATO involvement',
    text: 'A journalist asks whether NATO has been asked for help after the wiper attack.',
    from: 'press',
    to: ['eeas-stratcom', 'nato-pdd'],
    channel: 'news',
    marking: 'PUBLIC',
    priority: 'priority',
  });
  await send('excon', 'inject/skip', { injectId: 'INJ-001C' }, { expectOk: false });
  await acknowledgeAll('eeas-stratcom');

  // Evaluation while play goes on.
  await send('lead-evaluator', 'observation/record', {
    observationId: 'OBS-1',
    objectiveId: 'obj-eu-nato',
    kind: 'strength',
    text: 'Liaisons opened the staff channel within the first hour, before any inject asked for it.',
  });
  await send('evaluator', 'observation/record', {
    observationId: 'OBS-2',
    objectiveId: 'obj-eu-nato',
    kind: 'improvement',
    role: 'intcen-fusion-cell',
    text: 'The Fusion Cell shared an EU-ONLY flash over the link; it was blocked and re-issued later.',
  });
  await send('evaluator', 'observation/record', {
    kind: 'observation',
    injectId: 'INJ-001',
    text: 'The CSIRT acknowledged INJ-001 quickly but did not notify.',
  });
  await send('evaluator', 'observation/amend', {
    observationId: 'OBS-2',
    text: 'The Fusion Cell shared an EU-ONLY flash over the link; it was blocked and re-issued 40 minutes later as REL-EU-NATO.',
    reason: 'Added how long the re-issue took',
  });
  await send('lead-evaluator', 'rating/give', {
    objectiveId: 'obj-eu-nato',
    rating: 'S',
    rationale: 'Good contact, one marking slip.',
  });

  // Jumps: to the next inject, then a day on.
  await send('excon', 'exercise/jump-next');
  await send('excon', 'exercise/pause');
  await send('excon', 'exercise/jump-to', { scenarioMs: engine.state.lastScenarioMs + 20 * HOUR });
  await send('excon', 'exercise/resume');
  await acknowledgeAll('ms-affected');
  await acknowledgeAll('presidency');
  await playExpected();

  // The host restarts (a laptop reboot): the clock resumes without counting the gap.
  wallMs += 5 * 60_000;
  await engine.resumeAfterRestart(wallMs);
  await wait(2);
  await playExpected();

  // Play on from inject to inject for a while, the stations keeping up with what reaches them.
  for (let round = 0; round < 8; round++) {
    await send('excon', 'exercise/jump-next', {}, { expectOk: false });
    await wait(3);
    await playExpected();
    for (const role of HAND_PLAYED) await acknowledgeAll(role);
  }
  // Who acts (playbook 2018.2): an objection in the NAC is the objecting Ally's own, the invoker of
  // Art. 42(7) is recorded, and wrong decisions are refused with the rule's reason.
  const take = (role: string, machine: string, event: string, fields = {}, expectOk = true) =>
    send(role, 'decision/take', { machine, event, fields }, { expectOk });
  await take('ms-c', 'eu-nato-link', 'ALLY_OBJECTS', {}, false);
  await take('ms-a', 'eu-nato-link', 'ALLY_OBJECTS');
  await take('ms-b', 'eu-nato-link', 'ALLY_WITHDRAWS_OBJECTION', {}, false);
  await take('ms-a', 'eu-nato-link', 'ALLY_WITHDRAWS_OBJECTION');
  const invocation = { forum: 'council-meeting', request: 'Aid and assistance after the attacks' };
  await take(
    'ms-affected',
    'mutual-assistance',
    'INVOKE_MUTUAL_ASSISTANCE',
    { ...invocation, armedAggressionOnTerritory: false },
    false,
  );
  await take('ms-affected', 'mutual-assistance', 'INVOKE_MUTUAL_ASSISTANCE', {
    ...invocation,
    armedAggressionOnTerritory: true,
  });
  const offer = { means: 'civilian', details: 'Two forensic teams' };
  await take('ms-affected', 'mutual-assistance', 'BILATERAL_OFFER', offer, false);
  await take('ms-b', 'mutual-assistance', 'BILATERAL_OFFER', offer);

  // A station cut off, and its role's code replaced (issue 20): the room's laptop was lost.
  wallMs += 30_000;
  await engine.recordStationAccess(
    {
      type: 'station.revoked',
      payload: { station: stationOf('ms-b'), roles: ['ms-b'], reason: 'revoked by exercise control' },
    },
    wallMs,
  );
  await engine.recordStationAccess(
    {
      type: 'join-code.revoked',
      payload: { codeId: 'code-ms-b', roles: ['ms-b'], replacedBy: 'code-ms-b-2' },
    },
    wallMs,
  );
  await engine.recordStationAccess(
    { type: 'join-code.issued', payload: { codeId: 'code-ms-b-2', roles: ['ms-b'], kind: 'player' } },
    wallMs,
  );

  const freeText = openFreeText();
  await send('excon', 'role/auto-play', { role: 'ms-others', policy: null });
  await send('excon', 'exercise/jump-to', { scenarioMs: engine.state.lastScenarioMs + 24 * HOUR });
  await send('excon', 'exercise/end');
  await send('lead-evaluator', 'rating/give', {
    objectiveId: 'obj-eu-nato',
    rating: 'P',
    rationale: 'After the hot wash-up: the re-issue was quick and correct.',
  });
  await send('lead-evaluator', 'rating/give', {
    objectiveId: 'obj-stratcom',
    rating: 'M',
    rationale: 'No coordinated line before ENDEX.',
  });

  // The improvement plan, agreed after ENDEX (envelope v4, issue 22): added, amended, and one withdrawn.
  await send('lead-evaluator', 'corrective-action/add', {
    actionId: 'CA-1',
    what: 'Rehearse re-marking EU-ONLY products as REL-EU-NATO before they are shared over the link',
    owner: 'intcen-fusion-cell',
    due: '2027-03-31',
    objectiveId: 'obj-eu-nato',
    observationIds: ['OBS-2'],
  });
  await send('evaluator', 'corrective-action/add', {
    what: 'Agree a joint line to take with NATO public diplomacy within the first day of a campaign',
    owner: 'EEAS StratCom and NATO PDD',
    objectiveId: 'obj-stratcom',
  });
  await send('lead-evaluator', 'corrective-action/amend', {
    actionId: 'CA-1',
    changes: { due: '2027-05-31' },
    reason: 'Aligned with the next PACE planning conference',
  });
  await send('excon', 'corrective-action/add', {
    actionId: 'CA-3',
    what: 'Give the affected Member State a second CSIRT liaison',
    owner: 'ms-affected',
  });
  await send('excon', 'corrective-action/withdraw', {
    actionId: 'CA-3',
    reason: 'Already in the national exercise plan',
  });

  await writeFile(out, encodeEvents(engine.events));
  console.log(
    `${out}: ${engine.events.length} events, ${marked} free-text actions marked, ${freeText.length} left open`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
