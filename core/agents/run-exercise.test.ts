import { describe, expect, it } from 'vitest';
import { Harness, HOUR } from '../../test/fixtures/engine-harness';
import { miniScenarioText, replaceOnce } from '../../test/fixtures/fixtures';
import { runExercise } from './run-exercise';

const SPAN = 48 * HOUR; // mini-scenario.yaml: span 2d

describe('a headless run', () => {
  it('starts the exercise at maximum speed, plays it to the end of its span, and ends it there', async () => {
    const harness = await Harness.create();
    const summary = await runExercise(harness.engine, {
      policy: 'doctrine',
      seed: 1,
      wallStartMs: harness.wallMs,
    });
    const events = harness.engine.events;
    const control = events.filter((event) => event.actor?.role === 'excon' && event.actor.actingAs === null);
    expect(control.map((event) => event.type)).toEqual(
      expect.arrayContaining(['clock.speed-changed', 'exercise.started', 'exercise.ended']),
    );
    expect(events.at(-1)).toMatchObject({
      type: 'exercise.ended',
      scenarioMs: SPAN,
      actor: { station: 'cli' },
    });
    expect(harness.engine.state.clock).toMatchObject({ status: 'ended', speed: 'max' });
    // Every player role is played: the doctrine team met INJ-1's alert inside its window.
    expect(harness.eventsOf('expected-action.met').map((event) => event.payload.actionId)).toContain('EA-1');
    expect(summary).toMatchObject({ policy: 'doctrine', seed: 1 });
    expect([...summary.models.history.decisions()].length).toBe(harness.eventsOf('decision.taken').length);
  });

  it('carries on an exercise already under way without starting it again', async () => {
    const harness = await Harness.create();
    await harness.send('exercise/start');
    await harness.jumpTo(10 * HOUR);
    await runExercise(harness.engine, { policy: 'late', seed: 2, wallStartMs: harness.wallMs });
    expect(harness.eventsOf('exercise.started')).toHaveLength(1);
    expect(harness.engine.events.at(-1)).toMatchObject({ type: 'exercise.ended', scenarioMs: SPAN });
  });

  it('gives the same log for the same seed, with every command stamped by the simulated clock', async () => {
    const run = async () => {
      const harness = await Harness.create();
      const wallStartMs = harness.wallMs;
      const before = harness.engine.events.length;
      await runExercise(harness.engine, { policy: 'random', seed: 3, wallStartMs, wallStepMs: 10 });
      return harness.engine.events
        .slice(before)
        .map((event) => [event.type, event.scenarioMs, event.wallMs - wallStartMs, event.commandId]);
    };
    const first = await run();
    expect(await run()).toEqual(first);
    // Each reading of the simulated clock is one step (10 ms) after the last, from the start it was given.
    const walls = first.map(([, , wallMs]) => wallMs as number);
    expect(walls[0]).toBe(10);
    expect(walls.every((wallMs) => wallMs % 10 === 0)).toBe(true);
    expect([...walls].sort((a, b) => a - b)).toEqual(walls);
  });

  it('refuses a scenario with no control role to run it', async () => {
    let text = miniScenarioText();
    text = replaceOnce(
      text,
      'play: [presidency, ms-a, ms-c, nac, excon, simcell]',
      'play: [presidency, ms-a, ms-c, nac]',
    );
    text = replaceOnce(text, ', simulatedBy: simcell }', ' }');
    text = text.replaceAll('from: simcell', 'from: press');
    const harness = await Harness.create(text);
    await expect(
      runExercise(harness.engine, { policy: 'doctrine', seed: 1, wallStartMs: 0 }),
    ).rejects.toThrow('the scenario has no control role (such as excon) to run the exercise');
  });
});
