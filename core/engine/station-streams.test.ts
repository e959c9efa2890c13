import { describe, expect, it } from 'vitest';
import { Harness } from '../../test/fixtures/engine-harness';
import type { ExerciseEvent } from '../ports/index';
import { EngineLog } from './engine-log';
import { StationStreams } from './station-streams';

const message = (to: string[], marking: string, subject: string) => ({
  to,
  marking,
  subject,
  body: 'Text.',
});

/** The subjects of the messages delivered to a role, as its station's view lists them. */
function deliveredSubjects(streams: StationStreams, role: string): string[] {
  return streams
    .stationView(role)
    .events.flatMap((event) =>
      event.type === 'message.delivered' && event.payload.role === role ? [event.payload.subject] : [],
    );
}

describe('the role streams', () => {
  it('keep a stream asked for early up to date: it equals one built from the whole log at the end', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    const { engine } = harness;
    const log = new EngineLog([...engine.events]);
    const streams = new StationStreams(engine.content, engine.roles, log, () => engine.state, undefined);
    const early = streams.streamLength('ms-c');
    let added = engine.events.length;
    const sync = () => {
      log.append(engine.events.slice(added));
      added = engine.events.length;
    };
    await harness.send('message/send', message(['ms-c'], 'EU-ONLY', 'Hello'), 'ms-a');
    sync();
    expect(streams.streamLength('ms-c')).toBeGreaterThan(early);
    await harness.send('message/send', message(['ms-a', 'ms-c'], 'NATO-ONLY', 'Allied line'), 'nac');
    await harness.send('message/send', message(['ms-c'], 'PUBLIC', 'Second'), 'ms-a');
    sync();
    // Worked example: ms-c is cleared for EU-ONLY and PUBLIC, not for NATO-ONLY.
    expect(deliveredSubjects(streams, 'ms-c')).toEqual(['Hello', 'Second']);
    const fresh = new StationStreams(engine.content, engine.roles, log, () => engine.state, undefined);
    expect(streams.stationView('ms-c')).toEqual(fresh.stationView('ms-c'));
    expect(streams.stationView('ms-c', 2).events).toEqual(fresh.stationView('ms-c').events.slice(2));
  });

  it('build a stream asked for while the history was missing again, with the history, after a reset', async () => {
    const harness = await Harness.create();
    await harness.startAtMaxSpeed();
    await harness.send('message/send', message(['ms-c'], 'EU-ONLY', 'Before'), 'ms-a');
    const cut = harness.engine.events.length;
    await harness.send('message/send', message(['ms-c'], 'EU-ONLY', 'After'), 'ms-a');
    const { engine } = harness;
    const events: readonly ExerciseEvent[] = engine.events;
    const log = new EngineLog(events.slice(cut));
    const created = events[0];
    const streams = new StationStreams(engine.content, engine.roles, log, () => engine.state, created);
    expect(deliveredSubjects(streams, 'ms-c')).toEqual(['After']);
    log.completeHistory(events.slice(0, cut));
    streams.reset();
    expect(deliveredSubjects(streams, 'ms-c')).toEqual(['Before', 'After']);
    expect(streams.heading().name).toBe('Mini');
  });
});
