// The coordination picture with its parts: the CoordinationMatrix between organisations, the EuNatoLink with
// its ExchangeFigures, and the LiveMetrics.
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { closeHostWorlds, hostWorld } from '../../../test/fixtures/host-world';
import { CoordinationPanel } from './CoordinationPanel';

afterEach(closeHostWorlds);

const message = (to: string[], marking: string) => ({ to, marking, subject: 'Update', body: 'Text' });

describe('the coordination picture', () => {
  it('counts exchanges between organisations, the EU–NATO link and what markings blocked', async () => {
    const host = await hostWorld().openHost();
    await host.command('exercise/speed', { speed: 'max' });
    await host.command('exercise/start', {});
    await host.command('message/send', message(['ms-a', 'ms-c'], 'NATO-ONLY'), { role: 'nac' });
    await host.command('message/send', message(['nac'], 'REL-EU-NATO'), { role: 'presidency' });
    await host.command('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, { role: 'ms-a' });
    render(<CoordinationPanel view={host.view} />);

    const matrix = screen.getByRole('table', { name: /between organisations/ });
    const nato = within(matrix).getByRole('rowheader', { name: 'NATO' }).closest('tr') as HTMLElement;
    expect(within(nato).getByTitle('NATO to State A: 1 messages, 0 injects')).toHaveTextContent(/^1 msg$/);
    // State C was not cleared for NATO-ONLY: nothing reached it from NATO.
    expect(within(nato).getByTitle('NATO to State C: 0 messages, 0 injects')).toHaveTextContent(/^·$/);
    const press = within(matrix)
      .getByRole('rowheader', { name: 'Evening Courier' })
      .closest('tr') as HTMLElement;
    expect(within(press).getByTitle('Evening Courier to State C: 0 messages, 1 injects')).toHaveTextContent(
      /^1 inj$/,
    );
    // The press only sends: it is a row, never a column.
    expect(within(matrix).queryByRole('columnheader', { name: 'Evening Courier' })).toBeNull();
    const stateA = within(matrix).getByRole('rowheader', { name: 'State A' }).closest('tr') as HTMLElement;
    expect(within(stateA).getAllByRole('cell')[0]).toHaveTextContent(/^1$/);

    const link = screen.getByRole('region', { name: 'EU–NATO link' });
    // The Presidency's message to the NAC crossed the line; NATO's to two Member States did not (national).
    const figure = (label: string) => within(link).getByText(label).nextElementSibling;
    expect(figure('EU↔NATO exchanges')).toHaveTextContent(/^1 \(1 messages, 0 link products\)$/);
    expect(figure('Blocked at the EU↔NATO line')).toHaveTextContent(/^0$/);
    expect(figure('Scripted injects across the EU↔NATO line')).toHaveTextContent(/^0$/);
    expect(figure('Deliveries and link products blocked by marking')).toHaveTextContent(/^1 · NATO-ONLY 1$/);

    const metrics = screen.getByRole('region', { name: 'Live metrics' });
    await waitFor(() => expect(metrics).toHaveTextContent('Expected-action hit rate: 50% — met 1'));
    const stages = within(metrics).getByRole('table', { name: 'Response stages (all mechanisms)' });
    expect(within(stages).getByRole('rowheader', { name: 'T_notify' }).closest('tr')).toHaveTextContent('0m');
    const ack = within(metrics).getByRole('table', { name: 'Acknowledgement latency per role' });
    expect(within(ack).getByRole('rowheader', { name: 'Member State C' }).closest('tr')).toHaveTextContent(
      '10—',
    );
    host.close();
  });
});
