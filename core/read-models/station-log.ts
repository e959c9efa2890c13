import type { ExerciseEvent } from '../ports/index';

/** One station's place in the exercise: the roles it joined as, how, from where, and whether it was cut off. */
export interface StationSeat {
  station: string;
  roles: string[];
  kind: string;
  /** A join code typed or scanned at the station, or the console opening it on the host laptop. */
  via: 'code' | 'console';
  address: string;
  joined: { seq: number; scenarioMs: number; wallMs: number };
  revoked: { seq: number; wallMs: number; reason: string } | null;
}

/**
 * Who sat where (issue 20's station.joined and station.revoked, recorded by the host): for the report's
 * overview, "who joined which role". A station that joined again (a reload, another code) keeps one seat per
 * join, in the order joined; a revocation closes the latest open seat of that station.
 */
export class StationLog {
  private readonly list: StationSeat[] = [];

  apply(event: ExerciseEvent): void {
    if (event.type === 'station.joined') {
      const { station, roles, kind, via, address } = event.payload;
      this.list.push({
        station,
        roles: [...roles],
        kind,
        via,
        address,
        joined: { seq: event.seq, scenarioMs: event.scenarioMs, wallMs: event.wallMs },
        revoked: null,
      });
    } else if (event.type === 'station.revoked') {
      const seat = this.list.findLast((entry) => entry.station === event.payload.station && !entry.revoked);
      if (seat) seat.revoked = { seq: event.seq, wallMs: event.wallMs, reason: event.payload.reason };
    }
  }

  seats(): readonly StationSeat[] {
    return this.list;
  }
}
