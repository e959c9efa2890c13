import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { miniExercise, pageOn } from '../../test/fixtures/test-console';
import { TestHost } from '../../test/fixtures/test-host';
import { isEvent } from '../../core/index';
import { stationDatabase } from '../storage/index';
import { StationRoute } from './StationRoute';

// The host's engine, the page's socket to it and IndexedDB (one station database for the file) are real.

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((close) => close()));

let exercises = 0;

/**
 * A test host with the mini exercise started at maximum speed. Every test host numbers its exercises from 1:
 * the scenario id the exercise is named after differs per test, so no test finds another's station copy.
 */
async function hostWithExercise() {
  const host = new TestHost();
  cleanup.push(() => host.close(), pageOn(host));
  const request = miniExercise({ name: 'Mini' });
  const scenario = { ...request.scenario, id: `copy-test-${++exercises}` };
  const { exerciseId } = await host.create({ ...request, scenario });
  const { engine } = host.exercise(exerciseId);
  const excon = (commandId: string, type: string, payload: Record<string, unknown> = {}) =>
    engine.execute({ commandId, type, issuedBy: { role: 'excon', station: 'test' }, payload }, host.now());
  await excon('c1', 'exercise/speed', { speed: 'max' });
  await excon('c2', 'exercise/start');
  return { host, exerciseId, excon };
}

const journalOf = (host: TestHost, exerciseId: string, count: number) =>
  host
    .recorded(exerciseId)
    .slice(0, count)
    .map((event) => `${JSON.stringify(event)}\n`)
    .join('');

const composeSend = () =>
  within(screen.getByRole('region', { name: 'New message' })).getByRole('button', {
    name: 'Send the message',
  });

describe('a station’s copy', () => {
  it('is rebuilt from the host when wiped, queues what is sent while the host is down, and sends it once when it is back', async () => {
    const user = userEvent.setup();
    const { host, exerciseId } = await hostWithExercise();
    render(<StationRoute exerciseId={exerciseId} roles={['ms-a']} />);
    // The oracle: the host engine's own stream for the role.
    const received = host.exercise(exerciseId).engine.streamLength('ms-a');
    expect(
      await screen.findByText(
        `This station had no copy of this exercise: it now keeps one, rebuilt from the exercise host (${received} items received).`,
      ),
    ).toBeInTheDocument();
    expect(composeSend()).toBeEnabled();

    act(() => host.stop());
    expect(await screen.findByText('Exercise host unreachable — reconnecting')).toBeInTheDocument();
    // Reading still works: the inbox opens what the station holds.
    await user.click(screen.getByRole('button', { name: /Explosion at the port/ }));
    expect(screen.getByRole('article', { name: 'News' })).toBeInTheDocument();
    // Writing too: the message waits on the station, and the station says so.
    const panel = screen.getByRole('region', { name: 'New message' });
    await user.click(within(panel).getByRole('checkbox', { name: 'Member State C' }));
    await user.type(within(panel).getByLabelText('Subject'), 'Written offline');
    await user.type(within(panel).getByLabelText('Message'), 'Cordon holds.');
    await user.click(composeSend());
    expect(await screen.findByText(/\(1 waiting for the host\)/)).toBeInTheDocument();
    const sentSubjects = () =>
      host
        .recorded(exerciseId)
        .filter((event) => isEvent(event, 'message.sent'))
        .map((event) => event.payload.subject);
    expect(sentSubjects()).toEqual([]);

    host.start();
    await waitFor(() => expect(screen.queryByText(/waiting for the host/)).not.toBeInTheDocument());
    expect(screen.queryByText('Exercise host unreachable — reconnecting')).not.toBeInTheDocument();
    expect(sentSubjects()).toEqual(['Written offline']);
  });

  it('says the exercise has ended and keeps everything read only after ENDEX', async () => {
    const { exerciseId, excon } = await hostWithExercise();
    render(<StationRoute exerciseId={exerciseId} roles={['ms-a']} />);
    await screen.findByRole('button', { name: /Explosion at the port/ });
    await act(() => excon('c3', 'exercise/end'));
    expect(
      await screen.findByText('Read only: the exercise has ended (ENDEX).', { selector: '.station-lock' }),
    ).toBeInTheDocument();
    expect(composeSend()).toBeDisabled();
  });

  it('shows what it holds when the exercise is not on the host, says why, and joins by itself once it is', async () => {
    const { host, exerciseId } = await hostWithExercise();
    const first = render(<StationRoute exerciseId={exerciseId} roles={['ms-a']} />);
    await screen.findByRole('button', { name: /Explosion at the port/ });
    first.unmount();
    const journal = journalOf(host, exerciseId, host.recorded(exerciseId).length);
    host.delete(exerciseId);

    render(<StationRoute exerciseId={exerciseId} roles={['ms-a']} />);
    expect(await screen.findByRole('button', { name: /Explosion at the port/ })).toBeInTheDocument();
    expect(
      await screen.findByText(
        `Read only: the exercise is not on the exercise host (no exercise or role pbsim/${exerciseId}/role/ms-a). This station keeps trying by itself.`,
        { selector: '.station-lock' },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Exercise host unreachable — reconnecting')).not.toBeInTheDocument();
    expect(composeSend()).toBeDisabled();

    // The exercise comes back (restored from its journal): the station's next beat joins it again.
    expect(await host.restore('journal.jsonl', journal)).toMatchObject({ ok: true });
    // A beat is five seconds: the wait is Testing Library's (20 s, test/setup-dom.ts).
    await waitFor(() => expect(composeSend()).toBeEnabled());
    expect(screen.queryByText(/not on the exercise host/)).not.toBeInTheDocument();
  });

  it('ahead of the host (a journal restored from an older backup) is not merged, and is replaced only when confirmed', async () => {
    const user = userEvent.setup();
    const { host, exerciseId, excon } = await hostWithExercise();
    const backupLength = host.recorded(exerciseId).length;
    await excon('c3', 'exercise/jump-to', { scenarioMs: 8 * 3_600_000 });
    const held = host.exercise(exerciseId).engine.streamLength('ms-a');
    const first = render(<StationRoute exerciseId={exerciseId} roles={['ms-a']} />);
    await screen.findByText(
      `This station had no copy of this exercise: it now keeps one, rebuilt from the exercise host (${held} items received).`,
    );
    const kept = () =>
      stationDatabase()
        .items.filter((item) => item.exerciseId === exerciseId)
        .count();
    await waitFor(async () => expect(await kept()).toBe(held));
    first.unmount();
    const backup = journalOf(host, exerciseId, backupLength);
    host.delete(exerciseId);
    expect(await host.restore('backup.jsonl', backup)).toMatchObject({
      ok: true,
    });
    const hostLast = host.exercise(exerciseId).engine.streamLength('ms-a');
    expect(hostLast).toBeLessThan(held);

    render(<StationRoute exerciseId={exerciseId} roles={['ms-a']} />);
    const alert = await screen.findByText(
      `This station holds items ${hostLast + 1}–${held} that the exercise host does not have: its journal was restored from an older backup. Nothing was merged; the copy stays read only.`,
    );
    expect(alert).toBeInTheDocument();
    expect(composeSend()).toBeDisabled();
    expect(await kept()).toBe(held);

    await user.click(screen.getByRole('button', { name: 'Replace with the host’s' }));
    await user.click(screen.getByRole('button', { name: 'Replace this station’s copy' }));
    expect(
      await screen.findByText(
        `This station had no copy of this exercise: it now keeps one, rebuilt from the exercise host (${hostLast} items received).`,
      ),
    ).toBeInTheDocument();
    expect(composeSend()).toBeEnabled();
    await waitFor(async () => expect(await kept()).toBe(hostLast));
  });
});
