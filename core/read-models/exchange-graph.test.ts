// The EU↔NATO figures on a hand-played exercise whose every count is worked out below, step by step: the
// worked example of docs/metrics.md. The scenario (test/fixtures/eu-nato-scenario.yaml) runs on the bundled
// playbook, so the link products are the eu-nato-link events the playbook marks `exchange: eu-nato`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPlaybookSources } from '../../test/bundled-content';
import { exerciseContent } from '../../test/fixtures/fixtures';
import { PROJECT_ROOT } from '../../node-adapters/index';
import { computeMetrics } from '../metrics/index';
import { ExerciseEngine } from '../engine/index';
import { MemoryEventStore } from '../stores/index';
import { ExerciseReadModels } from './exercise-read-models';

const SCENARIO = 'test/fixtures/eu-nato-scenario.yaml';

async function workedExample() {
  const engine = await ExerciseEngine.create(new MemoryEventStore('eu-nato'), {
    exerciseId: 'eu-nato',
    name: 'Worked example',
    seed: 1,
    wallMs: 0,
    content: exerciseContent(bundledPlaybookSources(), {
      path: SCENARIO,
      text: readFileSync(path.join(PROJECT_ROOT, SCENARIO), 'utf8'),
    }),
  });
  let count = 0;
  const send = async (role: string, type: string, payload: Record<string, unknown> = {}) => {
    count += 1;
    const reply = await engine.execute(
      { commandId: `c-${count}`, type, issuedBy: { role, station: 'test' }, payload },
      count * 1000,
    );
    if (!reply.ok) throw new Error(`${role} ${type}: ${reply.reason}`);
    return reply;
  };
  const message = (to: string[], marking: string) => ({ to, marking, subject: 'Update', body: 'Text' });
  const decide = (role: string, machine: string, event: string, fields: Record<string, string> = {}) =>
    send(role, 'decision/take', { machine, event, fields });

  await send('excon', 'exercise/speed', { speed: 'max' });
  // 1. INJ-1, scripted, from the (simulated, NATO-side) maritime command to INTCEN (EU) and Lethia (national).
  await send('excon', 'exercise/start');
  // 2. An ad-hoc inject from the same command, NATO-ONLY, to the EU liaison: blocked at the line.
  await send('excon', 'inject/send-adhoc', {
    title: 'Raw picture',
    text: 'Not releasable to the EU.',
    from: 'nato-maritime-command',
    to: ['eu-liaison-nato'],
    channel: 'intelligence-report',
    marking: 'NATO-ONLY',
  });
  // 3. EU → NATO and the Presidency: crosses once.          4. NATO → two EU roles: one message, crosses once.
  await send('eu-liaison-nato', 'message/send', message(['nato-liaison', 'presidency'], 'REL-EU-NATO'));
  await send(
    'nato-liaison',
    'message/send',
    message(['eu-liaison-nato', 'intcen-fusion-cell'], 'REL-EU-NATO'),
  );
  // 5. The Presidency's EU-ONLY message to the NAC: blocked at the line.
  await send('presidency', 'message/send', message(['nac'], 'EU-ONLY'));
  // 6. Lethia (a Member State: national) to the NAC: delivered, but not between the EU and NATO sides.
  await send('ms-affected', 'message/send', message(['nac'], 'REL-EU-NATO'));
  // 7.–8. Staff contact and a cross-briefing: link products without a marking, so they cross.
  await decide('eu-liaison-nato', 'eu-nato-link', 'STAFF_CONTACT');
  await decide('nato-liaison', 'eu-nato-link', 'CROSS_BRIEFING');
  // 9. An EU-ONLY product cannot cross: blocked.   10. NATO material releasable to EU institutions crosses.
  await decide('intcen-fusion-cell', 'eu-nato-link', 'SHARE_PRODUCT', { marking: 'EU-ONLY', title: 'Flash' });
  await decide('nato-liaison', 'eu-nato-link', 'SHARE_PRODUCT', {
    marking: 'NATO-REL-EU-INSTITUTIONS',
    title: 'Track extract',
  });
  // 11. A product shared in error and voided by EXCON: it counts nowhere.
  const mistaken = await decide('intcen-fusion-cell', 'eu-nato-link', 'SHARE_PRODUCT', {
    marking: 'REL-EU-NATO',
    title: 'Draft',
  });
  await send('excon', 'decision/void', {
    decisionId: `D-${mistaken.ok ? mistaken.seqs[0] : 0}`,
    reason: 'Draft',
  });
  // 12. EU StratCom alerts NATO (REL-EU-NATO): the route to the link's alert exchanged is a product that crosses.
  await decide('eeas-stratcom', 'stratcom', 'NATO_ALERT_SHARED', { marking: 'REL-EU-NATO' });
  // 13. NATO's PDD alerts the EU with a NATO-ONLY alert: routed, and blocked at the line.
  await decide('nato-pdd', 'stratcom', 'NATO_ALERT_SHARED', { marking: 'NATO-ONLY' });
  return engine;
}

describe('the EU↔NATO figures, worked out by hand', () => {
  it('counts exchanges, what was blocked at the line, and the scripted injects apart', async () => {
    const engine = await workedExample();
    const { exchange } = ExerciseReadModels.of(engine.events, engine.content);
    // Messages 3 and 4 (2); products 7, 8, 10 and 12 (4): 6 exchanges. Blocked: 2, 5, 9 and 13.
    // Scripted: INJ-1 to INTCEN (Lethia is national; the ad-hoc inject was blocked).
    expect(exchange.euNato()).toEqual({
      exchanges: 6,
      messages: 2,
      products: 4,
      blocked: 4,
      scriptedInjects: 1,
    });
    expect(exchange.blockedByMarking()).toEqual({ 'EU-ONLY': 2, 'NATO-ONLY': 2 });
  });

  it('keeps the link products on edges from the sharing organisation to the other side', async () => {
    const engine = await workedExample();
    const products = ExerciseReadModels.of(engine.events, engine.content)
      .exchange.edges()
      .filter((edge) => edge.kind === 'product')
      .map(({ fromOrg, toOrg, marking, delivered, blocked }) => ({
        fromOrg,
        toOrg,
        marking,
        delivered,
        blocked,
      }));
    expect(products).toEqual([
      // From the EEAS: 7 (no marking); 9 blocked; 11 voided and 12 under REL-EU-NATO. From NATO: 8, 10, 13.
      { fromOrg: 'eeas', toOrg: 'side:nato', marking: null, delivered: 1, blocked: 0 },
      { fromOrg: 'eeas', toOrg: 'side:nato', marking: 'EU-ONLY', delivered: 0, blocked: 1 },
      { fromOrg: 'eeas', toOrg: 'side:nato', marking: 'REL-EU-NATO', delivered: 1, blocked: 0 },
      { fromOrg: 'nato', toOrg: 'side:eu', marking: null, delivered: 1, blocked: 0 },
      { fromOrg: 'nato', toOrg: 'side:eu', marking: 'NATO-ONLY', delivered: 0, blocked: 1 },
      { fromOrg: 'nato', toOrg: 'side:eu', marking: 'NATO-REL-EU-INSTITUTIONS', delivered: 1, blocked: 0 },
    ]);
  });

  it('gives metrics.json the same figures, and keeps within-side traffic off the EU↔NATO line', async () => {
    const engine = await workedExample();
    const { exchange } = computeMetrics(engine.events, engine.content);
    expect(exchange.euNato).toEqual({
      exchanges: 6,
      messages: 2,
      products: 4,
      blocked: 4,
      scriptedInjects: 1,
    });
    expect(exchange.blockedTotal).toBe(4);
    const pair = (fromOrg: string, toOrg: string) =>
      exchange.edges.find((edge) => edge.fromOrg === fromOrg && edge.toOrg === toOrg);
    expect(pair('eeas', 'nato')).toMatchObject({ messages: 1, blocked: 0, euNato: true });
    expect(pair('nato', 'eeas')).toMatchObject({ messages: 2, euNato: true });
    expect(pair('affected-member-state', 'nato')).toMatchObject({ messages: 1, euNato: false });
    expect(pair('council', 'nato')).toMatchObject({ messages: 0, blocked: 1, euNato: true });
    expect(pair('NATO Command Structure', 'eeas')).toMatchObject({ injects: 1, blocked: 1, euNato: true });
  });
});
