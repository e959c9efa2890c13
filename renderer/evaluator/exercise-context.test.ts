// The evaluator words everything from the documents `exercise.created` embeds, checked like any document
// from outside, and never from the bundled library: an exercise whose scenario no library holds works too.
import { describe, expect, it } from 'vitest';
import type { EventOf, StationEvent } from '../../core/index';
import { Harness } from '../../test/fixtures/engine-harness';
import { exerciseContent, headingFromStream } from './exercise-context';

/** The mini exercise's `exercise.created` as the evaluator's stream holds it, changed by `edit`. */
async function createdInStream(
  edit: (event: EventOf<'exercise.created'>) => void = () => undefined,
): Promise<StationEvent> {
  const harness = await Harness.create();
  const created = structuredClone(harness.eventsOf('exercise.created')[0] as EventOf<'exercise.created'>);
  edit(created);
  const { seq: _seq, ...event } = created;
  return { ...event, streamSeq: 1 };
}

describe('the evaluator’s exercise documents', () => {
  it('are none until exercise.created arrives: no stand-in from a library', () => {
    expect(exerciseContent([])).toBeNull();
    expect(headingFromStream([])).toBeNull();
  });

  it('are the ones exercise.created embeds, for a scenario no library holds', async () => {
    const stream = [await createdInStream()];
    const checked = exerciseContent(stream);
    expect(checked?.ok && checked.content.scenario.roles.local.map((role) => role.title)).toEqual([
      'Evening Courier',
    ]);
    expect(headingFromStream(stream)).toMatchObject({ name: 'Mini', scenarioTitle: 'Mini scenario' });
  });

  it('are refused, with the field, when their scenario does not match its hash', async () => {
    const stream = [
      await createdInStream((event) => {
        const { scenario } = event.payload.content;
        scenario.source.text = scenario.source.text.replace('Mini scenario', 'Other scenario');
        // Another hash than the untouched mini exercise's, so the check is not answered from its cache.
        scenario.hash = scenario.hash.replace(/^./, (digit) => (digit === '0' ? '1' : '0'));
      }),
    ];
    expect(exerciseContent(stream)).toMatchObject({ ok: false, field: 'payload.content.scenario.hash' });
    expect(headingFromStream(stream)).toBeNull();
  });
});
