import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type EventPayload, type EventType } from '../../core/index';
import { eventsNl } from '../i18n/catalogues/events.nl';
import { translatorFor } from '../state/index';
import { describeEvent, eventTypeName, type DescribedEvent } from './describe-event';
import type { EventWords } from './event-words';

// The words of a made-up exercise: every id a sample payload names, and what a person should read instead.
const ROLES: Record<string, string> = {
  'ms-a': 'Member State Alpha',
  eeas: 'External Action Service',
  excon: 'Exercise Control',
};
const MECHANISMS: Record<string, string> = { 'crisis-link': 'Crisis Link', 'ipcr#x': 'Council Response (x)' };
const INJECTS: Record<string, string> = { 'INJ-7': 'Harbour fire' };
const words: EventWords = {
  role: (id) => ROLES[id] ?? `??${id}`,
  mechanism: (key) => MECHANISMS[key] ?? `??${key}`,
  decision: (machine, event) => (event === 'OPEN_LINK' ? 'Open the link' : `??${machine}/${event}`),
  state: (machine, value) => (machine === 'crisis-link' ? `state ${JSON.stringify(value).length}` : '??'),
  inject: (id) => INJECTS[id] ?? `??${id}`,
  action: (inject, action) => (action === 'EA-2' ? 'Alert the cell' : `??${inject}/${action}`),
  objective: (id) => (id === 'obj-share' ? 'Share early' : `??${id}`),
};

/** Ids a person must not read: each sample below names some of them. */
const IDS = [
  'ms-a',
  'eeas',
  'crisis-link',
  'ipcr#x',
  'INJ-7',
  'EA-2',
  'OPEN_LINK',
  'obj-share',
  'D-91',
  'M-28',
];

const context = { flags: {}, counters: {}, instance: null };
const content = { title: 'Harbour fire', text: 'Smoke', from: 'eeas', to: ['ms-a'], channel: 'email' };
const injectContent = { ...content, marking: 'EU-ONLY', priority: 'routine' };
const message = {
  messageId: 'M-28',
  from: 'eeas',
  to: ['ms-a'],
  marking: 'EU-ONLY',
  subject: 'Port status',
  body: 'b',
  inReplyTo: null,
  injectRefs: [],
};
const embedded: EventPayload<'exercise.created'>['content'] = {
  playbook: { sources: [], hash: 'h' },
  scenario: { source: { path: 's.yaml', text: '' }, hash: 'h' },
};

/** One payload of every event type (the compiler holds this table to the event map). */
const SAMPLES: { [K in EventType]: EventPayload<K> } = {
  'exercise.created': {
    name: 'Baltic Storm',
    seed: 1,
    date: '2026-01-01',
    start: { date: '2026-01-01', timeZone: 'UTC' },
    exerciseMarking: 'EU-ONLY',
    autoPlay: {},
    content: embedded,
  },
  'exercise.started': {},
  'clock.paused': { cause: 'no-play' },
  'clock.resumed': { gapMs: 0, afterRestart: true },
  'clock.speed-changed': { speed: 30 },
  'clock.jumped': { fromMs: 0, toMs: 3_600_000 },
  'exercise.ended': {},
  'exercise.branched': {
    name: 'Baltic Storm — what-if',
    origin: { exerciseId: 'baltic-1', name: 'Baltic Storm' },
    atSeq: 120,
    prefixSha256: 'a'.repeat(64),
  },
  'no-play.started': { notice: 'Real fire alarm' },
  'no-play.lifted': {},
  'mechanism.started': {
    actorKey: 'crisis-link',
    machine: 'crisis-link',
    instance: null,
    value: 'none',
    context,
  },
  'mechanism.transitioned': {
    actorKey: 'crisis-link',
    machine: 'crisis-link',
    instance: null,
    event: 'OPEN_LINK',
    cause: { kind: 'decision', decisionId: 'D-91' },
    from: 'none',
    to: { open: 'staff' },
    context,
  },
  'timer.scheduled': {
    timerId: 'T-1',
    actorKey: 'crisis-link',
    statePath: 'open',
    delay: '2h',
    dueMs: 7_200_000,
  },
  'timer.cancelled': { timerId: 'T-1' },
  'timer.fired': { timerId: 'T-1', actorKey: 'crisis-link', delay: '2h', statePath: 'open' },
  'route.sent': { fromActor: 'ipcr#x', toActor: 'crisis-link', event: 'OPEN_LINK', description: 'd' },
  'decision.taken': {
    decisionId: 'D-91',
    actorKey: 'crisis-link',
    machine: 'crisis-link',
    instance: null,
    event: 'OPEN_LINK',
    fields: {},
    rationale: null,
  },
  'decision.voided': { decisionId: 'D-91', reason: 'taken by mistake' },
  'inject.triggered': { injectId: 'INJ-7', dueMs: 60_000, cause: { decisionId: 'D-91' } },
  'inject.rescheduled': { injectId: 'INJ-7', dueMs: 60_000 },
  'inject.edited': { injectId: 'INJ-7', changes: { text: 'More smoke' } },
  'inject.held': { injectId: 'INJ-7' },
  'inject.skipped': { injectId: 'INJ-7' },
  'inject.released': {
    injectId: 'INJ-7',
    content: injectContent,
    deadlines: {},
    cause: 'schedule',
    adhoc: false,
  },
  'inject.delivered': { injectId: 'INJ-7', role: 'ms-a', content: injectContent },
  'inject.blocked': { injectId: 'INJ-7', role: 'ms-a', marking: 'NATO-ONLY', reason: 'clearance' },
  'inject.acknowledged': { injectId: 'INJ-7', role: 'ms-a' },
  'expected-action.met': { injectId: 'INJ-7', actionId: 'EA-2', decisionId: 'D-91', role: 'ms-a' },
  'expected-action.missed': { injectId: 'INJ-7', actionId: 'EA-2' },
  'expected-action.marked': { injectId: 'INJ-7', actionId: 'EA-2', met: true },
  'message.sent': message,
  'message.delivered': { ...message, role: 'ms-a' },
  'message.blocked': { messageId: 'M-28', role: 'ms-a', marking: 'NATO-ONLY', from: 'eeas' },
  'message.read': { messageId: 'M-28', role: 'ms-a', from: 'eeas' },
  'observation.recorded': { observationId: 'O-1', kind: 'strength', role: 'ms-a', text: 'Quick call' },
  'observation.amended': { observationId: 'O-1', text: 'Quicker', reason: 'typo' },
  'rating.given': { objectiveId: 'obj-share', rating: 'S', rationale: 'ok' },
  'corrective-action.added': {
    actionId: 'CA-1',
    what: 'Agree a joint line-to-take template',
    owner: 'ms-a',
    due: '2027-03-01',
    objectiveId: 'obj-share',
    observationIds: [],
  },
  'corrective-action.amended': {
    actionId: 'CA-1',
    changes: { due: '2027-04-01' },
    reason: 'after the wash-up',
  },
  'corrective-action.withdrawn': { actionId: 'CA-1', reason: 'covered elsewhere' },
  'role.auto-play-set': { role: 'ms-a', policy: 'doctrine' },
  'station.joined': {
    station: 'st-1a2b',
    roles: ['ms-a'],
    kind: 'player',
    via: 'code',
    codeId: 'code-1',
    address: '192.168.10.21',
  },
  'station.revoked': { station: 'st-1a2b', roles: ['ms-a'], reason: 'revoked by exercise control' },
  'join-code.issued': { codeId: 'code-2', roles: ['ms-a'], kind: 'player' },
  'join-code.revoked': { codeId: 'code-1', roles: ['ms-a'], replacedBy: 'code-3' },
};

function sampleOf<K extends EventType>(type: K): DescribedEvent<K> {
  return { type, payload: SAMPLES[type], actor: { role: 'excon', actingAs: 'ms-a' } };
}

const en = translatorFor('en');
const nl = translatorFor('nl');

describe('describeEvent', () => {
  it('has a sentence for every event type of the event map, in English and in Dutch', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...EVENT_TYPES].sort());
    for (const type of EVENT_TYPES) {
      const english = describeEvent(sampleOf(type), words, en);
      const dutch = describeEvent(sampleOf(type), words, nl);
      expect(english, type).toMatch(/\w/);
      expect(dutch, type).not.toBe(english);
      // Every name went through the words (an unknown one reads "??id"), and no placeholder was left.
      expect(english, type).not.toContain('??');
      expect(english, type).not.toMatch(/\{\w+\}/);
      expect(dutch, type).not.toMatch(/\{\w+\}/);
    }
  });

  it('never shows an internal id: roles, mechanisms, decisions, injects, actions, messages by their words', () => {
    for (const type of EVENT_TYPES) {
      const sentence = describeEvent(sampleOf(type), words, en);
      for (const id of IDS) {
        expect(sentence, `${type} shows ${id}: ${sentence}`).not.toContain(id);
      }
    }
  });

  it('reads the examples a person would read', () => {
    expect(describeEvent(sampleOf('decision.taken'), words, en)).toBe(
      'Member State Alpha took the decision “Open the link” in Crisis Link.',
    );
    expect(describeEvent(sampleOf('message.sent'), words, en)).toBe(
      'External Action Service sent “Port status” to Member State Alpha.',
    );
    expect(describeEvent(sampleOf('message.read'), words, nl)).toBe(
      'Member State Alpha heeft een bericht van External Action Service gelezen.',
    );
    expect(describeEvent(sampleOf('role.auto-play-set'), words, en)).toBe(
      'Member State Alpha is now played by an automated agent (by the book).',
    );
    expect(describeEvent(sampleOf('station.joined'), words, en)).toBe(
      'Station st-1a2b joined as Member State Alpha (participant) with a code, from 192.168.10.21.',
    );
    expect(describeEvent(sampleOf('join-code.issued'), words, en)).toBe(
      'A new join code for Member State Alpha (participant).',
    );
    expect(describeEvent(sampleOf('exercise.branched'), words, en)).toBe(
      '“Baltic Storm — what-if” branched from “Baltic Storm” after its event 120: the clock is stopped there, to play on with other decisions.',
    );
    expect(describeEvent(sampleOf('clock.jumped'), words, en)).toBe(
      'The clock jumped from T+00:00:00 to T+01:00:00.',
    );
  });

  it('credits the role played when control played one, else the role that acted', () => {
    const event = { ...sampleOf('decision.taken'), actor: { role: 'excon', actingAs: null } };
    expect(describeEvent(event, words, en)).toBe(
      'Exercise Control took the decision “Open the link” in Crisis Link.',
    );
  });
});

describe('eventTypeName', () => {
  it('names every event type in both languages, never by its id', () => {
    for (const type of EVENT_TYPES) {
      expect(eventTypeName(type, en), type).not.toBe(type);
      expect(eventsNl[`events.type.${type}`], type).toBe(eventTypeName(type, nl));
      expect(eventTypeName(type, nl), type).not.toBe(eventTypeName(type, en));
    }
    expect(eventTypeName('decision.taken', en)).toBe('Decision taken');
    expect(eventTypeName('decision.taken', nl)).toBe('Besluit genomen');
  });
});
