import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StationClock } from './StationClock';

const heading = {
  name: 'Drill',
  marking: 'EU-ONLY',
  scenarioId: 'port',
  scenarioTitle: 'Port blast',
  start: { date: '2019-06-03T09:00', timeZone: 'Europe/Brussels' },
  noPlay: false,
};

describe('StationClock', () => {
  it('shows a paused clock’s scenario time, its in-world date and its status', () => {
    // Paused: the time stands where the host left it, whatever the wall clock says.
    render(
      <StationClock
        clock={{ status: 'paused', speed: 1, scenarioMs: 5_400_000, wallMs: 0 }}
        heading={heading}
      />,
    );
    const clock = screen.getByRole('region', { name: 'Scenario time' });
    expect(clock).toHaveTextContent('T+01:30:00');
    expect(clock).toHaveTextContent(/3 Jun 2019, 10:30 \(Europe\/Brussels\)/);
    expect(clock).toHaveTextContent('paused');
    // Said in words, not only by a time that stands still.
    expect(clock).toHaveTextContent('Paused: scenario time stands still until the controller resumes it.');
    expect(clock).toHaveClass('clock-is-paused');
  });

  it('says a clock waiting for STARTEX has not started, and does not call it paused', () => {
    render(<StationClock clock={{ status: 'ready', speed: 1, scenarioMs: 0, wallMs: 0 }} heading={null} />);
    const clock = screen.getByRole('region', { name: 'Scenario time' });
    expect(clock).toHaveTextContent('not started');
    expect(clock).not.toHaveTextContent(/paused/i);
  });

  it('shows the speed of a running clock', () => {
    render(
      <StationClock
        clock={{ status: 'running', speed: 'max', scenarioMs: 0, wallMs: Date.now() }}
        heading={null}
      />,
    );
    const clock = screen.getByRole('region', { name: 'Scenario time' });
    expect(clock).toHaveTextContent('running · maximum speed');
    expect(clock).not.toHaveTextContent(/paused/i);
    expect(clock).not.toHaveClass('clock-is-paused');
  });

  it('says there is no clock before the host sent one', () => {
    render(<StationClock clock={null} heading={null} />);
    expect(screen.getByRole('region', { name: 'Scenario time' })).toHaveTextContent('no clock yet');
  });
});
