import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadMiniPlaybook } from '../../test/fixtures/fixtures';
import { buildMechanismMachine, timerEventType } from './build-machine';

const playbook = loadMiniPlaybook();
const member = { role: 'ms-a', groups: ['member-state', 'nato-ally'] };

function start(machine: string, date = '2019-06-03', instance: string | null = null) {
  const actor = createActor(playbook.machine(machine, date), { input: { instance } });
  actor.start();
  return actor;
}

describe('buildMechanismMachine', () => {
  it('holds a guarded activation until its condition is met', () => {
    const actor = start('crisis');
    actor.send({ type: 'ACTIVATE', actor: { role: 'presidency', groups: ['council'] } });
    expect(actor.getSnapshot().value).toBe('standby');
    actor.send({ type: 'CONSULT', actor: member });
    expect(actor.getSnapshot().context.flags.consulted).toBe(true);
    actor.send({ type: 'ACTIVATE' });
    expect(actor.getSnapshot().value).toBe('sharing');
  });

  it('accepts a root-level event in every state (the forced escalation)', () => {
    const actor = start('crisis');
    actor.send({ type: 'FORCED_FULL' });
    expect(actor.getSnapshot().value).toEqual({ full: { meetings: 'idle', measures: 'drafting' } });
  });

  it('turns timers into timer events and records them in state meta', () => {
    const actor = start('crisis');
    actor.send({ type: 'CONSULT' });
    actor.send({ type: 'ACTIVATE' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.getMeta()['crisis.sharing']).toMatchObject({ timers: ['isaaCycle'] });
    actor.send({ type: timerEventType('isaaCycle') });
    actor.send({ type: timerEventType('isaaCycle') });
    expect(actor.getSnapshot().context.counters.reports).toBe(2);
  });

  it('leaves out events that are not in force on the in-world date', () => {
    const before = start('crisis', '2018-05-01');
    expect(before.getSnapshot().can({ type: 'RAPID_ALERT' })).toBe(false);
    const after = start('crisis', '2019-03-18');
    expect(after.getSnapshot().can({ type: 'RAPID_ALERT' })).toBe(true);
  });

  it('checks decision fields in guards and keeps the case key in context', () => {
    const actor = start('solidarity', '2019-06-03', 'arland');
    expect(actor.getSnapshot().context.instance).toBe('arland');
    actor.send({ type: 'INVOKE', payload: { overwhelmed: false }, actor: member });
    expect(actor.getSnapshot().value).toBe('none');
    actor.send({ type: 'INVOKE', payload: { overwhelmed: true }, actor: member });
    expect(actor.getSnapshot().value).toBe('invoked');
    actor.send({ type: timerEventType('ucpmRequestLapse') });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('caches one machine per mechanism and date', () => {
    expect(playbook.machine('crisis', '2019-06-03')).toBe(playbook.machine('crisis', '2019-06-03'));
    expect(playbook.machine('crisis', '2018-01-01')).not.toBe(playbook.machine('crisis', '2019-06-03'));
  });
});

describe('parallel regions with in-force dates', () => {
  it('leaves out a region that is not yet in force', () => {
    const edited = {
      ...playbook.mechanisms.get('crisis')!,
    };
    const full = edited.states.full!;
    const dated = {
      ...edited,
      states: {
        ...edited.states,
        full: {
          ...full,
          states: {
            ...full.states,
            measures: { ...full.states!.measures!, inForce: { from: '2020-01-01' } },
          },
        },
      },
    };
    const value = (date: string) => {
      const actor = createActor(buildMechanismMachine(dated, date), { input: { instance: null } }).start();
      actor.send({ type: 'FORCED_FULL' });
      return actor.getSnapshot().value;
    };
    expect(value('2019-06-03')).toEqual({ full: { meetings: 'idle' } });
    expect(value('2020-06-03')).toEqual({ full: { meetings: 'idle', measures: 'drafting' } });
  });
});
