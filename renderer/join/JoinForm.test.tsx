import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JOIN_PATH, type JoinAnswer } from '../../core/index';
import { JoinForm } from './JoinForm';
import { forgetGrant, keptGrant, type StationGrant } from './station-grant';

const grant: StationGrant = {
  ok: true,
  token: 'body.signature',
  exerciseId: 'ex-1',
  stationId: 'st-7',
  roles: ['ms-a'],
  kind: 'player',
};

/** The page's fetch, answering the join path with `answer`; the codes it was sent are kept. */
function hostAnswering(answer: JoinAnswer | Error) {
  const sent: unknown[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    expect(String(input)).toBe(JOIN_PATH);
    sent.push(JSON.parse(String(init?.body)));
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify(answer), { status: answer.ok ? 200 : 403 });
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
  forgetGrant('ex-1', ['ms-a']);
});

describe('the join form', () => {
  it('sends a code typed any way people type it in its plain form, and hands over the host’s pass', async () => {
    const sent = hostAnswering(grant);
    const joined: unknown[] = [];
    const user = userEvent.setup();
    render(<JoinForm onJoined={(answer) => joined.push(answer)} />);
    await user.type(screen.getByLabelText('Join code'), ' km7-hxr 3ca ');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    await waitFor(() => expect(joined).toEqual([grant]));
    expect(sent).toEqual([{ code: 'KM7HXR3CA' }]);
    expect(keptGrant('ex-1', ['ms-a'])).toEqual(grant);
  });

  it('sets a typed code out in groups when the field is left', async () => {
    hostAnswering(grant);
    const user = userEvent.setup();
    render(<JoinForm onJoined={() => undefined} />);
    await user.type(screen.getByLabelText('Join code'), 'km7hxr3ca');
    await user.tab();
    expect(screen.getByLabelText('Join code')).toHaveValue('KM7-HXR-3CA');
  });

  it('says what a code looks like when the typed one cannot be one, and asks the host nothing', async () => {
    const sent = hostAnswering(grant);
    const user = userEvent.setup();
    render(<JoinForm onJoined={() => undefined} />);
    await user.type(screen.getByLabelText('Join code'), 'KM0-HXR-3CA');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A join code is nine letters and digits from ACDEFHJKMNPRTVWXY3479, such as ACD-EFH-347.',
    );
    expect(sent).toEqual([]);
  });

  it('shows the host’s reason for a refusal, and why when the host did not answer', async () => {
    hostAnswering({ ok: false, reason: 'too many wrong codes from 10.0.0.5: try again in 10 minutes' });
    const user = userEvent.setup();
    render(<JoinForm onJoined={() => undefined} />);
    await user.type(screen.getByLabelText('Join code'), 'KM7HXR3CA');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The exercise host did not take this code: too many wrong codes from 10.0.0.5: try again in 10 minutes',
    );
    vi.unstubAllGlobals();
    hostAnswering(new TypeError('Failed to fetch'));
    await user.click(screen.getByRole('button', { name: 'Join' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The exercise host did not answer: check the address with exercise control. (Failed to fetch)',
      ),
    );
  });

  it('tries the code of a join link at once', async () => {
    const sent = hostAnswering(grant);
    const joined: unknown[] = [];
    render(<JoinForm code="km7-hxr-3ca" onJoined={(answer) => joined.push(answer)} />);
    await waitFor(() => expect(joined).toEqual([grant]));
    expect(sent).toEqual([{ code: 'KM7HXR3CA' }]);
    expect(screen.getByLabelText('Join code')).toHaveValue('km7-hxr-3ca');
  });
});
