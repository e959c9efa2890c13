import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { stationDatabase } from '../storage/index';
import { EvaluatorRoute } from './EvaluatorRoute';
import { evaluatorWorldOnHost, HOUR } from '../../test/fixtures/evaluator-world';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((close) => close()));

describe('evaluator route', () => {
  it('holds what reached it over its channel, sends over it, and keeps it across a reload', async () => {
    const { host, world } = await evaluatorWorldOnHost('route-1', cleanup);
    await world.startAndJump(HOUR);
    const user = userEvent.setup();
    const first = render(<EvaluatorRoute exerciseId="route-1" role="lead-evaluator" />);
    expect(await screen.findByText('Evaluator (Lead evaluator) — Caddersby drill')).toBeVisible();
    await screen.findByRole('heading', { name: 'Evaluation guide' });

    await user.click(screen.getByRole('button', { name: 'Observations' }));
    await user.type(screen.getByLabelText('What you observed'), 'Calm start');
    await user.click(screen.getByRole('button', { name: 'Record observation' }));
    const observations = await screen.findByRole('region', { name: 'Observations (1)' });
    expect(within(observations).getByText('Calm start')).toBeVisible();
    expect(world.engine.events.filter((event) => event.type === 'observation.recorded')).toHaveLength(1);

    // What the screen shows is written to the station's own database a moment later: a reload before that
    // write lands would find it missing (and have the host send it again). Wait for it, as a user would.
    await waitFor(async () => {
      const stored = await stationDatabase().items.toArray();
      expect(stored.filter((event) => event.type === 'observation.recorded')).toHaveLength(1);
    });
    // The host goes away and the tab reloads: the station's own database still has everything.
    first.unmount();
    host.stop();
    render(<EvaluatorRoute exerciseId="route-1" role="lead-evaluator" />);
    expect(await screen.findByText(/Exercise host unreachable/)).toBeVisible();
    await user.click(await screen.findByRole('button', { name: 'Observations' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Observations (1)' })).toBeVisible());
    await world.close();
  });
});
