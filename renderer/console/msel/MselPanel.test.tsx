// The MSEL panel with its parts: MselFilters, the MselDetails of the selected inject with its record
// (InjectRecord), editing before release (InjectEditForm with its InjectFields), all over useMselWorld.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeHostWorlds, hostWorld, type FollowedExercise } from '../../../test/fixtures/host-world';
import { MselPanel } from './MselPanel';

afterEach(closeHostWorlds);

// jsdom lays nothing out: give every element a viewport-sized height so the virtualizer has a window to fill.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

const grid = () => screen.getByRole('grid', { name: 'MSEL injects' });
const bodyRows = () => within(grid()).getAllByRole('row').slice(1);
const rowOf = (id: string) => within(grid()).getByText(id).closest('[role="row"]') as HTMLElement;
const details = (id: string) => screen.getByRole('region', { name: `Details of ${id}` });

async function startedHost(): Promise<FollowedExercise> {
  const host = await hostWorld().openHost();
  await host.command('exercise/start', {});
  return host;
}

describe('the MSEL timeline', () => {
  it('shows every inject with its trigger, recipients per state and the roll-up, live', async () => {
    const host = await startedHost();
    render(<MselPanel view={host.view} send={host.send} />);
    expect(bodyRows().map((row) => within(row).getAllByRole('gridcell')[0]?.textContent)).toEqual([
      'INJ-1',
      'INJ-2',
      'INJ-3',
      'INJ-4',
    ]);
    expect(rowOf('INJ-1')).toHaveTextContent('acknowledged 0/2');
    expect(rowOf('INJ-1')).toHaveTextContent('released');
    // What a row waits for, in words: the contingency's watched inject and action, a state by its names.
    expect(rowOf('INJ-2')).toHaveTextContent(
      'waiting: if “Send a rapid alert” of “Explosion at the port” is missed',
    );
    expect(rowOf('INJ-3')).toHaveTextContent('waiting: when Crisis arrangements is in “Drafting”, +1h');
    expect(rowOf('INJ-4')).toHaveTextContent('not sent (1)');
    await act(() => host.command('inject/acknowledge', { injectId: 'INJ-1' }, { role: 'ms-a' }));
    expect(rowOf('INJ-1')).toHaveTextContent('acknowledged 1/2');
    expect(
      within(rowOf('INJ-1')).getByRole('gridcell', { name: /Member State A \(acknowledged\)/ }),
    ).toHaveTextContent(/✓\s+Member State A/);
    host.close();
  });

  it('filters by role, mechanism, channel, state and text', async () => {
    const user = userEvent.setup();
    const host = await startedHost();
    render(<MselPanel view={host.view} send={host.send} />);
    const ids = () => bodyRows().map((row) => within(row).getAllByRole('gridcell')[0]?.textContent);
    await user.selectOptions(screen.getByLabelText('Role (sender or recipient)'), 'presidency');
    expect(ids()).toEqual(['INJ-4']);
    await user.selectOptions(screen.getByLabelText('Role (sender or recipient)'), '');
    await user.selectOptions(screen.getByLabelText('Channel'), 'diplomatic-cable');
    expect(ids()).toEqual(['INJ-3']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(screen.getByLabelText('Mechanism'), 'crisis');
    expect(ids()).toEqual(['INJ-1', 'INJ-4']);
    await user.selectOptions(screen.getByLabelText('State'), 'released');
    expect(ids()).toEqual(['INJ-1']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.type(screen.getByLabelText('Search'), 'allies');
    expect(ids()).toEqual(['INJ-3']);
    expect(screen.getByText('1 of 4 injects')).toBeInTheDocument();
    host.close();
  });

  it('moves the selection with the keyboard and opens the details with Enter', async () => {
    const user = userEvent.setup();
    const host = await startedHost();
    render(<MselPanel view={host.view} send={host.send} />);
    grid().focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(rowOf('INJ-2')).toHaveAttribute('aria-selected', 'true');
    expect(grid()).toHaveAttribute('aria-activedescendant', 'msel-row-INJ-2');
    await user.keyboard('{End}{ArrowUp}{Enter}');
    expect(details('INJ-3')).toHaveTextContent('Allies ask for a briefing.');
    host.close();
  });

  it('holds, reschedules and releases an inject, and shows why a command is refused', async () => {
    const user = userEvent.setup();
    const host = await startedHost();
    render(<MselPanel view={host.view} send={host.send} />);
    await user.click(rowOf('INJ-3'));
    const panel = details('INJ-3');
    await user.click(within(panel).getByRole('button', { name: 'Hold' }));
    await waitFor(() => expect(rowOf('INJ-3')).toHaveTextContent('held'));
    expect(host.view.state.injects['INJ-3']?.status).toBe('held');
    await user.click(within(panel).getByRole('button', { name: 'Hold' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Refused: inject INJ-3 is already held',
    );
    const at = within(panel).getByLabelText('New time (T+…)');
    await user.clear(at);
    await user.type(at, 'tomorrow');
    await user.click(within(panel).getByRole('button', { name: 'Reschedule' }));
    await waitFor(() =>
      expect(within(panel).getByRole('alert')).toHaveTextContent('must be a scenario time'),
    );
    await user.clear(at);
    await user.type(at, 'T+3h');
    await user.click(within(panel).getByRole('button', { name: 'Reschedule' }));
    await waitFor(() => expect(rowOf('INJ-3')).toHaveTextContent('T+03:00:00'));
    expect(rowOf('INJ-3')).toHaveTextContent('scheduled');
    await user.click(within(panel).getByRole('button', { name: 'Release now' }));
    await waitFor(() => expect(rowOf('INJ-3')).toHaveTextContent('acknowledged 0/1'));
    expect(
      within(details('INJ-3')).getByText('This inject is released: it can no longer be changed.'),
    ).toBeInTheDocument();
    expect(within(details('INJ-3')).getByRole('region', { name: 'Timeline' })).toHaveTextContent('held');
    host.close();
  });

  it('edits an inject before release', async () => {
    const user = userEvent.setup();
    const host = await startedHost();
    render(<MselPanel view={host.view} send={host.send} />);
    await user.click(rowOf('INJ-4'));
    await user.click(within(details('INJ-4')).getByRole('button', { name: 'Edit before release…' }));
    const form = screen.getByRole('form', { name: 'Edit INJ-4 before release' });
    expect(within(form).getByLabelText('Sender')).toHaveFocus();
    const title = within(form).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Article 222 invoked');
    await user.click(within(form).getByLabelText('Member State C'));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(rowOf('INJ-4')).toHaveTextContent('Article 222 invoked'));
    expect(host.view.state.injects['INJ-4']?.edits).toEqual({
      title: 'Article 222 invoked',
      to: ['presidency', 'ms-c'],
    });
    expect(details('INJ-4')).toHaveTextContent('Edited before release: title, to');
    host.close();
  });

  it('opens the details where the eye is, with the keyboard in them, and gives it back to the row on closing', async () => {
    const user = userEvent.setup();
    const host = await startedHost();
    // jsdom lays nothing out and has no scrollIntoView: record which element asked to be shown.
    const shown: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      shown.push(this);
    };
    render(<MselPanel view={host.view} send={host.send} />);
    grid().focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    expect(details('INJ-3')).toHaveFocus();
    expect(shown).toEqual([details('INJ-3')]);
    await user.click(within(details('INJ-3')).getByRole('button', { name: 'Close details' }));
    expect(grid()).toHaveFocus();
    expect(grid()).toHaveAttribute('aria-activedescendant', 'msel-row-INJ-3');
    // Escape in the details does the same; a click on a row opens them as Enter does.
    await user.click(rowOf('INJ-2'));
    expect(details('INJ-2')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Details of INJ-2' })).toBeNull();
    expect(grid()).toHaveFocus();
    delete (Element.prototype as Partial<Element>).scrollIntoView;
    host.close();
  });

  it('after ENDEX disables what would change play, saying why', async () => {
    const user = userEvent.setup();
    const host = await startedHost();
    await host.command('exercise/end', {});
    render(<MselPanel view={host.view} send={host.send} />);
    const reason = 'The exercise has ended (ENDEX): play can no longer be changed.';
    expect(screen.getByRole('button', { name: 'Compose ad-hoc inject…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Compose ad-hoc inject…' })).toHaveAccessibleDescription(
      reason,
    );
    await user.click(rowOf('INJ-3'));
    const panel = details('INJ-3');
    expect(within(panel).getByText(reason)).toBeInTheDocument();
    for (const name of ['Release now', 'Hold', 'Skip', 'Reschedule', 'Edit before release…'])
      expect(within(panel).getByRole('button', { name })).toBeDisabled();
    host.close();
  });
});
