import 'fake-indexeddb/auto';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { isEvent } from '../../core/index';
import { EvaluatorRoute } from './EvaluatorRoute';
import { EvaluatorScreen } from './EvaluatorScreen';
import { evaluatorWorld, evaluatorWorldOnHost, HOUR } from '../../test/fixtures/evaluator-world';
import { pageOn } from '../../test/fixtures/test-console';
import { TestHost } from '../../test/fixtures/test-host';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((close) => close()));

const recordButton = () => screen.getByRole('button', { name: 'Record observation' });

describe('the evaluator’s copy', () => {
  it('keeps recording open after ENDEX, and while the host is down queues what is recorded and sends it once when it is back', async () => {
    const { host, world } = await evaluatorWorldOnHost('copy-1', cleanup);
    await world.startAndJump(HOUR);
    const user = userEvent.setup();
    render(<EvaluatorRoute exerciseId="copy-1" role="lead-evaluator" />);
    await screen.findByRole('heading', { name: 'Evaluation guide' });

    await act(() => world.command('exercise/end'));
    expect(
      await screen.findByText(
        'The exercise has ended (ENDEX). Observations, ratings and marks can still be recorded for the hot wash.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Observations' }));
    await user.type(screen.getByLabelText('What you observed'), 'Hot wash: alerting was late');
    await user.click(recordButton());
    // The oracle is the engine's log: the observation was taken after ENDEX.
    await waitFor(() =>
      expect(world.engine.events.filter((event) => event.type === 'observation.recorded')).toHaveLength(1),
    );

    act(() => host.stop());
    expect(await screen.findByText(/^Exercise host unreachable — reconnecting/)).toBeInTheDocument();
    // What the station holds still reads: the observation recorded, and the stream.
    expect(screen.getByText('Hot wash: alerting was late')).toBeInTheDocument();
    // Recording goes on: the observation waits on the station until the host is back, then is taken once.
    await user.type(screen.getByLabelText('What you observed'), 'Recorded while the host was away');
    await user.click(recordButton());
    const recorded = () =>
      world.engine.events.flatMap((event) =>
        isEvent(event, 'observation.recorded') ? [event.payload.text] : [],
      );
    expect(recorded()).toEqual(['Hot wash: alerting was late']);
    host.start();
    await waitFor(() =>
      expect(recorded()).toEqual(['Hot wash: alerting was late', 'Recorded while the host was away']),
    );
    await waitFor(() => expect(screen.queryByText(/^Exercise host unreachable/)).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Event stream' }));
    expect(screen.getByRole('heading', { name: 'Event stream' })).toBeInTheDocument();
    await world.close();
  });

  it('says when the exercise is not on the host, with the host’s reason', async () => {
    const host = new TestHost();
    cleanup.push(() => host.close(), pageOn(host));
    render(<EvaluatorRoute exerciseId="nowhere" role="lead-evaluator" />);
    expect(
      await screen.findByText(
        'Recording is off: the exercise is not on the exercise host (exercise nowhere has no role lead-evaluator). This station keeps trying by itself.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Exercise host unreachable/)).not.toBeInTheDocument();
  });
});

describe('an evaluator copy ahead of the host', () => {
  it('is shown as held, with recording off, and replaced only after a confirmation', async () => {
    const world = await evaluatorWorld({ exerciseId: 'ahead-1' });
    await world.startAndJump(HOUR);
    await waitFor(() => expect(world.client.state.events.length).toBeGreaterThan(3));
    const held = world.client.state.events.length;
    let replaced = 0;
    const user = userEvent.setup();
    render(
      <EvaluatorScreen
        state={{ ...world.client.state, copy: { kind: 'ahead', held, hostLast: 2 } }}
        heading={null}
        send={(type, payload) => world.client.send(type, payload)}
        onReplaceCopy={async () => void (replaced += 1)}
      />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `This station holds items 3–${held} that the exercise host does not have`,
    );
    await user.click(screen.getByRole('button', { name: 'Observations' }));
    expect(recordButton()).toBeDisabled();
    expect(
      screen.getByText('Recording is off until this station’s copy is replaced with the exercise host’s.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Replace with the host’s' }));
    expect(replaced).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Replace this station’s copy' }));
    expect(replaced).toBe(1);
    await world.close();
  });
});
