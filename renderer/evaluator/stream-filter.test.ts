import { describe, expect, it } from 'vitest';
import type { ActorRef, EventPayload, EventType, StationEvent } from '../../core/index';
import { portBlast, stationEvent } from '../../test/fixtures/station-events';
import { filterStream, payloadSummary, rolesOf, streamCredit, streamFacets } from './stream-filter';

const event = <K extends EventType>(type: K, payload: EventPayload<K>, actingAs: string | null = null) =>
  stationEvent(type, payload, { actingAs });

// streamSeq 1–4, oldest first; actor role is EXCON whenever an event acts as someone (the fixture's rule).
const released = event('inject.released', {
  injectId: 'INJ-1',
  content: portBlast(),
  deadlines: {},
  cause: 'schedule',
  adhoc: false,
});
const delivered = event('message.delivered', {
  messageId: 'M-2',
  role: 'ms-b',
  from: 'ms-a',
  to: ['ms-b'],
  subject: 'Help offered',
  body: 'We can send teams',
  marking: 'EU-ONLY',
  inReplyTo: null,
  injectRefs: [],
});
const taken = event(
  'decision.taken',
  {
    decisionId: 'D-3',
    actorKey: 'crisis',
    machine: 'ipcr',
    instance: null,
    event: 'ACTIVATE_FULL',
    fields: {},
    rationale: null,
  },
  'ms-a',
);
const rated = event('rating.given', { objectiveId: 'OBJ-1', rating: 'S', rationale: 'Timely' });
const events = [released, delivered, taken, rated];

describe('stream filter', () => {
  it('finds the roles an event concerns: the actor, whom it acted as, and the role its payload names', () => {
    expect(rolesOf(released)).toEqual([]);
    expect(rolesOf(delivered)).toEqual(['ms-b']);
    expect(rolesOf(taken).sort()).toEqual(['excon', 'ms-a']);
  });

  it('offers each type and role once, sorted', () => {
    expect(streamFacets(events)).toEqual({
      types: ['decision.taken', 'inject.released', 'message.delivered', 'rating.given'],
      roles: ['excon', 'ms-a', 'ms-b'],
    });
  });

  it('keeps the events of the chosen type and role, newest first; empty filters keep all', () => {
    const ids = (list: typeof events) => list.map((entry) => entry.streamSeq);
    const [first, second, third, fourth] = ids(events);
    expect(ids(filterStream(events, '', ''))).toEqual([fourth, third, second, first]);
    expect(ids(filterStream(events, 'decision.taken', ''))).toEqual([third]);
    expect(ids(filterStream(events, '', 'ms-b'))).toEqual([second]);
    expect(ids(filterStream(events, '', 'ms-a'))).toEqual([third]);
    expect(ids(filterStream(events, 'message.delivered', 'ms-a'))).toEqual([]);
  });

  it('sums up a payload by its identifying fields, with an inject’s title or a message’s subject', () => {
    expect(payloadSummary(released)).toBe('injectId=INJ-1 · Port blast');
    expect(payloadSummary(delivered)).toBe('messageId=M-2 · role=ms-b · Help offered');
    expect(payloadSummary(taken)).toBe('decisionId=D-3 · machine=ipcr · event=ACTIVATE_FULL');
    expect(payloadSummary(rated)).toBe('objectiveId=OBJ-1 · rating=S');
  });
});

describe('who acted, in the stream', () => {
  // A hand-built stream: a player at its station, EXCON in its own name, the white cell by hand for the NAC,
  // an automated role through EXCON, and a timer. The oracle is written out: who a reader would credit.
  const isControl = (role: string) => role === 'excon' || role === 'nato-white-cell';
  const take = (seq: number, actor: ActorRef | null) =>
    stationEvent(
      'decision.taken',
      {
        decisionId: `D-${seq}`,
        actorKey: 'crisis',
        machine: 'crisis',
        instance: null,
        event: 'RAPID_ALERT',
        fields: {},
        rationale: null,
      },
      { actor, streamSeq: seq },
    );
  const stream = [
    take(1, { role: 'ms-a', station: 'station-1', actingAs: null }),
    take(2, { role: 'excon', station: 'console', actingAs: null }),
    take(3, { role: 'nato-white-cell', station: 'station-wc', actingAs: 'nac' }),
    take(4, { role: 'excon', station: 'agent:doctrine', actingAs: 'ms-c' }),
    take(5, null),
  ];
  const seqs = (list: readonly StationEvent[]) => list.map((entry) => entry.streamSeq);

  it('filters people, automated roles and control apart; none of them is the engine', () => {
    expect(seqs(filterStream(stream, '', '', 'people', isControl))).toEqual([1]);
    expect(seqs(filterStream(stream, '', '', 'agents', isControl))).toEqual([4]);
    expect(seqs(filterStream(stream, '', '', 'control', isControl))).toEqual([3, 2]);
    expect(seqs(filterStream(stream, '', '', '', isControl))).toEqual([5, 4, 3, 2, 1]);
  });

  it('never counts an automated act for the control role it was sent through', () => {
    expect(rolesOf(stream[3]!)).toEqual(['ms-c']);
    expect(seqs(filterStream(stream, '', 'excon', '', isControl))).toEqual([2]);
    expect(streamCredit(stream[3]!, isControl)).toMatchObject({ kind: 'automated', policy: 'doctrine' });
  });
});
