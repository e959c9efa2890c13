import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScenarioClock } from './ScenarioClock';

const heading = {
  name: 'Drill',
  marking: 'EU-ONLY',
  scenarioId: 'port',
  scenarioTitle: 'Port blast',
  start: { date: '2019-06-03T09:00', timeZone: 'Europe/Brussels' },
  noPlay: false,
};

describe('ScenarioClock', () => {
  it('shows a paused clock’s scenario time, the in-world time it stands for, and its status', () => {
    render(
      <ScenarioClock
        clock={{ status: 'paused', speed: 1, scenarioMs: 26 * 3_600_000, wallMs: 0 }}
        heading={heading}
      />,
    );
    expect(screen.getByLabelText('Scenario time')).toHaveTextContent('T+1d 02:00:00');
    expect(screen.getByLabelText('In-world time')).toHaveTextContent(/4 Jun 2019, 11:00/);
    expect(screen.getByText('Paused')).toBeInTheDocument();
  });

  it('reads an unknown status as not started, and shows T+0 with no clock at all', () => {
    const { unmount } = render(
      <ScenarioClock clock={{ status: 'created', speed: 1, scenarioMs: 0, wallMs: 0 }} heading={null} />,
    );
    expect(screen.getByText('Not started')).toBeInTheDocument();
    unmount();
    render(<ScenarioClock clock={null} heading={null} />);
    expect(screen.getByLabelText('Scenario time')).toHaveTextContent('T+00:00:00');
    expect(screen.queryByLabelText('In-world time')).toBeNull();
    expect(screen.queryByText('Not started')).toBeNull();
  });
});
