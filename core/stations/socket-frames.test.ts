import { describe, expect, it } from 'vitest';
import { stationChannelName } from '../ports/index';
import { parseClientFrame, parseHostFrame, parseStationChannel } from './socket-frames';

describe('client frames', () => {
  it('reads a join, a leave and a post with any body', () => {
    expect(parseClientFrame('{"op":"join","ch":"pbsim/console"}')).toEqual({
      ok: true,
      frame: { op: 'join', ch: 'pbsim/console' },
    });
    expect(parseClientFrame('{"op":"leave","ch":"a"}')).toEqual({
      ok: true,
      frame: { op: 'leave', ch: 'a' },
    });
    expect(parseClientFrame('{"op":"post","ch":"a","body":{"kind":"hello"}}')).toEqual({
      ok: true,
      frame: { op: 'post', ch: 'a', body: { kind: 'hello' } },
    });
  });

  it('names what is wrong with a frame, and the channel it named', () => {
    expect(parseClientFrame('{"op":')).toEqual({
      ok: false,
      error: { ch: null, field: 'frame', reason: 'not JSON' },
    });
    const unknownOp = parseClientFrame('{"op":"shout","ch":"pbsim/console"}');
    expect(unknownOp).toMatchObject({ ok: false, error: { ch: 'pbsim/console', field: 'op' } });
    const noChannel = parseClientFrame('{"op":"join"}');
    expect(noChannel).toMatchObject({ ok: false, error: { ch: null, field: 'ch' } });
    const extra = parseClientFrame('{"op":"join","ch":"a","as":"excon"}');
    expect(extra).toMatchObject({ ok: false, error: { ch: 'a' } });
    expect(parseClientFrame('[1,2]')).toMatchObject({ ok: false, error: { field: 'frame' } });
  });
});

describe('host frames', () => {
  it('reads a channel message and a refusal, and ignores anything else', () => {
    expect(parseHostFrame('{"ch":"a","body":{"kind":"clock"}}')).toEqual({
      ch: 'a',
      body: { kind: 'clock' },
    });
    const error = { ch: 'a', field: 'op', reason: 'bad' };
    expect(parseHostFrame(JSON.stringify({ ch: null, error }))).toEqual({ ch: null, error });
    expect(parseHostFrame('{"ch":"a"}')).toBeNull();
    expect(parseHostFrame('not json')).toBeNull();
    expect(parseHostFrame('7')).toBeNull();
  });
});

describe('station channel names', () => {
  it('reads back the exercise and role of every name stationChannelName makes', () => {
    expect(parseStationChannel(stationChannelName('salisbury-1a', 'ms-affected'))).toEqual({
      exerciseId: 'salisbury-1a',
      role: 'ms-affected',
    });
  });

  it('is null for the console and for names with more or fewer parts', () => {
    expect(parseStationChannel('pbsim/console')).toBeNull();
    expect(parseStationChannel('pbsim/ex/role/a/b')).toBeNull();
    expect(parseStationChannel('pbsim//role/a')).toBeNull();
  });
});
