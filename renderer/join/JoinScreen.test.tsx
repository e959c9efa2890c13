import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JoinScreen, NeedsCode } from './JoinScreen';
import { forgetGrant, type StationGrant } from './station-grant';

const grant: StationGrant = {
  ok: true,
  token: 'body.signature',
  exerciseId: 'ex-1',
  stationId: 'st-7',
  roles: ['lead-evaluator'],
  kind: 'evaluator',
};

afterEach(() => {
  vi.unstubAllGlobals();
  forgetGrant('ex-1', ['lead-evaluator']);
  window.location.hash = '';
});

const hostGranting = () =>
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(grant), { status: 200 }));

describe('the join screen', () => {
  it('explains the code and, once the host granted it, opens the screen of what the host granted', async () => {
    hostGranting();
    const user = userEvent.setup();
    render(<JoinScreen />);
    expect(screen.getByRole('heading', { name: 'Join the exercise', level: 2 })).toBeInTheDocument();
    expect(
      screen.getByText(/Exercise control gives each role a code of nine letters and digits/),
    ).toBeVisible();
    await user.type(screen.getByLabelText('Join code'), 'KM7HXR3CA');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    await waitFor(() => expect(window.location.hash).toBe('#/evaluator/ex-1/lead-evaluator'));
  });
});

describe('a station without a pass', () => {
  it('says why it needs a code: none kept, or the host’s reason for refusing the one it had', () => {
    const { unmount } = render(<NeedsCode reason="" onJoined={() => undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'This browser holds no pass for this station: join with the code exercise control gave you.',
    );
    unmount();
    render(<NeedsCode reason="exercise control revoked this station" onJoined={() => undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'This station’s pass no longer works: exercise control revoked this station',
    );
  });

  it('starts the station again in place when the code is for the station shown', async () => {
    hostGranting();
    window.location.hash = '#/evaluator/ex-1/lead-evaluator';
    const joined = vi.fn();
    const user = userEvent.setup();
    render(<NeedsCode reason="" onJoined={joined} />);
    await user.type(screen.getByLabelText('Join code'), 'KM7HXR3CA');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    await waitFor(() => expect(joined).toHaveBeenCalledTimes(1));
    expect(window.location.hash).toBe('#/evaluator/ex-1/lead-evaluator');
  });
});
