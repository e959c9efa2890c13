// Who joined which role is recorded for the report (issue 20) and changes no figure of the exercise: the
// fixture journal made with those events has the figures of the same exercise made without them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeJournal } from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';

const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/journals');
const read = (folder: string, file: string) => readFileSync(path.join(FIXTURES, folder, file), 'utf8');

/** The figures, without what moves with the added events: counts, seq-numbered ids, durations. */
function figures(folder: string): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(
          ([key]) =>
            !/seq$/i.test(key) &&
            !['decisionId', 'events', 'scenarioDurationMs', 'wallDurationMs'].includes(key),
        )
        .map(([key, inner]) => [key, strip(inner)]),
    );
  };
  return strip(JSON.parse(read(folder, 'expected-metrics.json')));
}

describe('station access events', () => {
  it('are in the v3 fixture: each station joined before its first act, one revoked, a code replaced', () => {
    const decoded = decodeJournal(read('station-access-v3', 'events.jsonl'), { trusted: false });
    expect(decoded.events).toHaveLength(299);
    const types = decoded.events.map((event) => event.type);
    expect(types.filter((type) => type === 'station.joined')).toHaveLength(14);
    expect(types.filter((type) => type === 'station.revoked')).toHaveLength(1);
    for (const event of decoded.events)
      if (event.type === 'station.joined') {
        const station = event.payload.station;
        const firstAct = decoded.events.find((other) => other.actor?.station === station);
        expect(firstAct && firstAct.seq > event.seq).toBe(true);
        expect(event.audience).toEqual(['control', 'evaluation']);
      }
  });

  it('change no figure: the metrics are those of the same exercise recorded without them', () => {
    expect(figures('station-access-v3')).toEqual(figures('hand-played-envelope-v2'));
  });
});
