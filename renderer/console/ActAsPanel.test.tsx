// The console's "act as" on test/fixtures/nato-not-live-scenario.yaml, a scenario on the bundled playbook
// that plays no NATO body: the controller takes the NAC's decision from the console, as the white cell
// would, and the host logs it as EXCON acting as the NAC.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledPlaybookSources } from '../../test/bundled-content';
import { closeHostWorlds, hostWorld } from '../../test/fixtures/host-world';
import { natoNotLiveSource } from '../../test/fixtures/nato-not-live';
import { ActAsPanel } from './ActAsPanel';

afterEach(closeHostWorlds);

async function natoNotLive() {
  const world = hostWorld();
  const { exerciseId } = await world.create({
    scenario: { id: 'nato-not-live', title: 'NATO not live', source: natoNotLiveSource() },
    playbookSources: bundledPlaybookSources(),
    roles: {},
  });
  return world.follow(exerciseId);
}

const labels = (group: HTMLElement) =>
  within(group)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('the console’s act as', () => {
  it('offers the roles in play, and apart from them the bodies the scenario does not play', async () => {
    const host = await natoNotLive();
    expect(await host.send('exercise/start', {})).toMatchObject({ ok: true });
    render(<ActAsPanel view={host.view} sendAs={host.sendAs} />);
    const picker = screen.getByLabelText('Act as');
    const [inPlay, notPlayed] = within(picker).getAllByRole('group');
    expect(inPlay).toHaveAttribute('label', 'Roles in play');
    // The scenario's player roles (roles.yaml titles), in its order; no control or evaluation role.
    expect(labels(inPlay!)).toEqual([
      'EU staff-to-staff liaison with NATO',
      'Affected Member State: national crisis centre and government',
      'Council Presidency (IPCR)',
    ]);
    expect(notPlayed).toHaveAttribute('label', 'Not played in this exercise (control plays them)');
    expect(labels(notPlayed!)).toContain('North Atlantic Council (not played: you play it)');
    expect(labels(notPlayed!).join('\n')).not.toMatch(/Presidency|white cell|Simulation cell|Evaluator/);
    host.close();
  });

  it('takes the NAC’s decision from the console, logged as EXCON acting as the NAC', async () => {
    const user = userEvent.setup();
    const host = await natoNotLive();
    expect(await host.send('exercise/start', {})).toMatchObject({ ok: true });
    render(<ActAsPanel view={host.view} sendAs={host.sendAs} />);
    await act(() =>
      user.selectOptions(screen.getByLabelText('Act as'), 'North Atlantic Council (not played: you play it)'),
    );
    const form = screen.getByRole('form', { name: 'Issue a NAC statement (by consensus)' });
    // Folded with the NAC's other open decisions until opened, as at a station with several.
    const toggle = within(form).getByRole('button', { name: 'Issue a NAC statement (by consensus)' });
    if (toggle.getAttribute('aria-expanded') === 'false') await user.click(toggle);
    await user.type(within(form).getByLabelText('Statement (required)'), 'Allies stand together.');
    await user.type(within(form).getByLabelText('Rationale (required)'), 'NATO is not live');
    await user.click(within(form).getByRole('button', { name: 'Review the decision' }));
    await user.click(within(form).getByRole('button', { name: 'Take the decision' }));
    await waitFor(() =>
      expect(host.view.events.find((event) => event.type === 'decision.taken')).toMatchObject({
        actor: { role: 'excon', actingAs: 'nac' },
        payload: {
          machine: 'eu-nato-link',
          event: 'NAC_STATEMENT',
          fields: { text: 'Allies stand together.' },
        },
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Decision taken for North Atlantic Council: Issue a NAC statement (by consensus)',
    );
    host.close();
  });

  it('offers no decision before STARTEX, and says when it will', async () => {
    const host = await natoNotLive();
    render(<ActAsPanel view={host.view} sendAs={host.sendAs} />);
    expect(screen.queryByLabelText('Act as')).toBeNull();
    expect(screen.queryByRole('form')).toBeNull();
    expect(
      screen.getByText('Decisions can be taken for a role once the exercise has started (STARTEX).'),
    ).toBeInTheDocument();
    await act(() => host.send('exercise/start', {}));
    expect(await screen.findByLabelText('Act as')).toBeInTheDocument();
    host.close();
  });

  it('after ENDEX shows the forms locked, saying why, so nothing can be sent', async () => {
    const user = userEvent.setup();
    const host = await natoNotLive();
    expect(await host.send('exercise/start', {})).toMatchObject({ ok: true });
    expect(await host.send('exercise/end', {})).toMatchObject({ ok: true });
    render(<ActAsPanel view={host.view} sendAs={host.sendAs} />);
    await act(() =>
      user.selectOptions(screen.getByLabelText('Act as'), 'North Atlantic Council (not played: you play it)'),
    );
    const forms = screen.queryAllByRole('form');
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) {
      expect(
        within(form).getByText('The exercise has ended (ENDEX): play can no longer be changed.'),
      ).toBeVisible();
      for (const button of within(form).queryAllByRole('button', {
        name: /Review the decision|Take the decision/,
      }))
        expect(button).toBeDisabled();
    }
    host.close();
  });
});
