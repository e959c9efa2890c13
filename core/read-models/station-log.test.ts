import { describe, expect, it } from 'vitest';
import { logEvent } from '../../test/fixtures/log-event';
import { StationLog } from './station-log';

const joined = (seq: number, station: string, roles: string[]) =>
  logEvent(seq, 'station.joined', {
    station,
    roles,
    kind: 'player',
    via: 'code',
    codeId: `code-${roles[0]}`,
    address: `10.0.0.${seq}`,
  });

describe('StationLog', () => {
  it('keeps a seat per join in order, and closes the latest open seat of a revoked station', () => {
    const log = new StationLog();
    for (const event of [
      joined(1, 'st-1', ['ms-a']),
      joined(2, 'st-2', ['ms-b']),
      logEvent(3, 'message.read', { messageId: 'M-1', role: 'ms-a', from: 'ms-b' }),
      logEvent(4, 'station.revoked', { station: 'st-2', roles: ['ms-b'], reason: 'laptop lost' }),
      joined(5, 'st-2', ['ms-b']),
    ])
      log.apply(event);
    // logEvent stamps event n at T+n minutes and 1_700_000_000_000 + n seconds of wall time.
    expect(
      log.seats().map((seat) => [seat.station, seat.roles, seat.joined.seq, seat.revoked?.reason ?? null]),
    ).toEqual([
      ['st-1', ['ms-a'], 1, null],
      ['st-2', ['ms-b'], 2, 'laptop lost'],
      ['st-2', ['ms-b'], 5, null],
    ]);
    expect(log.seats()[1]?.revoked).toEqual({ seq: 4, wallMs: 1_700_000_004_000, reason: 'laptop lost' });
    expect(log.seats()[0]).toMatchObject({ address: '10.0.0.1', via: 'code', kind: 'player' });
    expect(log.seats()[0]?.joined).toEqual({ seq: 1, scenarioMs: 60_000, wallMs: 1_700_000_001_000 });
  });

  it('ignores a revocation of a station that never joined', () => {
    const log = new StationLog();
    log.apply(logEvent(1, 'station.revoked', { station: 'ghost', roles: ['ms-a'], reason: 'x' }));
    expect(log.seats()).toEqual([]);
  });
});
