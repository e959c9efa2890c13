import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledPlaybookSources, bundledScenarioSources } from '../../test/bundled-content';
import { exerciseContent } from '../../test/fixtures/fixtures';
import { portBlast, stationEvent } from '../../test/fixtures/station-events';
import { eventWordsFrom } from '../components/index';
import { EventStreamPanel } from './EventStreamPanel';

const scenario = bundledScenarioSources().find((source) =>
  source.path.endsWith('election-under-pressure/scenario.yaml'),
);
if (!scenario) throw new Error('the election scenario is missing');
const words = eventWordsFrom(exerciseContent(bundledPlaybookSources(), scenario));

const events = [
  stationEvent('inject.released', {
    injectId: 'INJ-1',
    content: portBlast(),
    deadlines: {},
    cause: 'schedule',
    adhoc: false,
  }),
  stationEvent('inject.delivered', { injectId: 'INJ-1', role: 'ms-a', content: portBlast() }),
  stationEvent('inject.acknowledged', { injectId: 'INJ-001', role: 'ms-a' }, { actingAs: 'ms-a' }),
  stationEvent('rating.given', { objectiveId: 'obj-shared-awareness', rating: 'S', rationale: 'Fine' }),
];

afterEach(() => vi.restoreAllMocks());

describe('EventStreamPanel', () => {
  it('offers the stream’s types and roles as filters, in words, and counts what it shows', async () => {
    const user = userEvent.setup();
    render(<EventStreamPanel events={events} words={words} />);
    const panel = screen.getByRole('region', { name: 'Event stream' });
    const options = (label: string) =>
      [...within(panel).getByLabelText(label).querySelectorAll('option')].map((option) => option.textContent);
    expect(options('Event type')).toEqual([
      'All',
      'Inject acknowledged',
      'Inject delivered',
      'Inject released',
      'Rating given',
    ]);
    expect(options('Role')).toEqual([
      'All',
      'Exercise control (director and MSEL manager)',
      'Member State A',
    ]);
    expect(within(panel).getByRole('status')).toHaveTextContent('4 of 4 events');

    await user.selectOptions(within(panel).getByLabelText('Role'), 'Member State A');
    expect(within(panel).getByRole('status')).toHaveTextContent('2 of 4 events');
    await user.selectOptions(within(panel).getByLabelText('Event type'), 'Inject acknowledged');
    expect(within(panel).getByRole('status')).toHaveTextContent('1 of 4 events');
  });

  it('lists the rows newest first, each as a sentence with its type and actor in words, ids on hover', () => {
    // jsdom lays nothing out: the virtual list is given a viewport that holds all four rows.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
    render(<EventStreamPanel events={events} words={words} />);
    const list = screen.getByRole('list', { name: 'Events, newest first' });
    const rows = within(list).queryAllByRole('listitem');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent('Rating given');
    expect(rows[0]).toHaveTextContent(
      'Objective “Build and share an integrated EU picture of the hybrid campaign” was rated S.',
    );
    expect(rows[0]).not.toHaveTextContent('obj-shared-awareness');
    expect(rows[1]).toHaveTextContent(
      'Member State A acknowledged “Warning of a possible leak of Civic Renewal e-mails”.',
    );
    expect(rows[1]).not.toHaveTextContent('ms-a');
    expect(rows[1]).not.toHaveTextContent('inject.acknowledged');
    // The ids stay for the evaluator's records, on hover.
    expect(within(rows[1] as HTMLElement).getByTitle('inject.acknowledged')).toHaveTextContent(
      'Inject acknowledged',
    );
    expect(within(rows[1] as HTMLElement).getByText(/acknowledged “Warning/)).toHaveAttribute(
      'title',
      expect.stringContaining('injectId=INJ-001'),
    );
  });
});

describe('EventStreamPanel: who acted', () => {
  const acknowledged = (
    streamSeq: number,
    actor: { role: string; station: string; actingAs: string | null },
  ) => stationEvent('inject.acknowledged', { injectId: 'INJ-1', role: 'ms-a' }, { actor, streamSeq });
  const stream = [
    acknowledged(1, { role: 'ms-a', station: 'station-1', actingAs: null }),
    acknowledged(2, { role: 'excon', station: 'agent:late', actingAs: 'ms-a' }),
    acknowledged(3, { role: 'excon', station: 'console', actingAs: 'ms-a' }),
  ];
  const isControl = (role: string) => role === 'excon';

  it('tells people, automated roles and control apart, by filter and by a badge on each row', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
    const user = userEvent.setup();
    render(<EventStreamPanel events={stream} isControl={isControl} words={words} />);
    const list = screen.getByRole('list', { name: 'Events, newest first' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.credit-badge')?.textContent)).toEqual([
      'control',
      'automated',
      'person',
    ]);
    const who = screen.getByLabelText('Who acted');
    await user.selectOptions(who, 'Automated roles');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 3 events');
    expect(within(list).getByRole('listitem')).toHaveTextContent('automated');
    await user.selectOptions(who, 'People at stations');
    expect(within(list).getByRole('listitem')).toHaveTextContent('person');
    await user.selectOptions(who, 'Exercise control');
    expect(within(list).getByRole('listitem')).toHaveTextContent('control');
  });
});
