// The expected actions with their parts: who met them (roleTitle), the time left in a window as the clock runs
// (useLiveScenarioTime), and marking a free-text one in the MarkActionForm.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { closeHostWorlds, hostWorld } from '../../../test/fixtures/host-world';
import { ExpectedActionsPanel } from './ExpectedActionsPanel';

afterEach(closeHostWorlds);

const rowOf = (text: string) => screen.getByText(text).closest('tr') as HTMLElement;

describe('the expected actions', () => {
  it('shows met actions with who and when, open ones with time left, and marks a free-text one', async () => {
    const user = userEvent.setup();
    const host = await hostWorld().openHost();
    await host.command('exercise/speed', { speed: 'max' });
    await host.command('exercise/start', {});
    await host.command('exercise/jump-to', { scenarioMs: 2 * 3_600_000 });
    await host.command('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, { role: 'ms-a' });
    const decisionId = host.view.events.find((event) => event.type === 'decision.taken')?.payload.decisionId;
    render(<ExpectedActionsPanel view={host.view} send={host.send} />);

    expect(screen.getByText('2 released: 1 met, 1 open, 0 missed or marked not met')).toBeInTheDocument();
    const alert = rowOf('Send a rapid alert — Crisis arrangements');
    expect(alert).toHaveTextContent('Met');
    expect(alert).toHaveTextContent(`T+02:00:00 by Member State A (${String(decisionId)})`);
    expect(within(alert).queryByRole('button')).toBeNull();
    const brief = rowOf('Brief the press');
    expect(brief).toHaveTextContent('Open');
    expect(brief).toHaveTextContent('10h left in the window');

    await user.click(within(brief).getByRole('button', { name: 'Mark EA-2 of INJ-1' }));
    const form = screen.getByRole('group', { name: 'Mark EA-2 of INJ-1' });
    expect(within(form).getByLabelText('Note (optional)')).toHaveFocus();
    await user.type(within(form).getByLabelText('Note (optional)'), 'Press line agreed');
    await user.click(within(form).getByRole('button', { name: 'Mark met' }));

    await waitFor(() =>
      expect(host.view.events.find((event) => event.type === 'expected-action.marked')?.payload).toEqual({
        injectId: 'INJ-1',
        actionId: 'EA-2',
        met: true,
        note: 'Press line agreed',
      }),
    );
    await waitFor(() => expect(rowOf('Brief the press')).toHaveTextContent('Marked met'));
    expect(rowOf('Brief the press')).toHaveTextContent('by Exercise control — Note: Press line agreed');

    await user.selectOptions(screen.getByLabelText('Show'), 'open');
    expect(screen.queryByText('Brief the press')).toBeNull();
    host.close();
  });
});
