import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChartFigure, type ChartFigureProps } from './ChartFigure';

/** A figure of two bars, 3 and 5, with its table. */
function TwoBars(props: Partial<ChartFigureProps>) {
  return (
    <ChartFigure
      title="Bars"
      description="Two bars, 3 and 5."
      empty={null}
      size={{ width: 100, height: 40 }}
      chart={
        <>
          <rect className="chart-bar" x={0} y={0} width={30} height={10} />
          <rect className="chart-bar" x={0} y={20} width={50} height={10} />
        </>
      }
      table={
        <tbody>
          <tr>
            <th scope="row">a</th>
            <td>3</td>
          </tr>
          <tr>
            <th scope="row">b</th>
            <td>5</td>
          </tr>
        </tbody>
      }
      {...props}
    />
  );
}

describe('ChartFigure', () => {
  it('is a figure named by its caption, drawing an SVG image named and described by its title and desc', () => {
    const { container } = render(<TwoBars />);
    const figure = screen.getByRole('figure', { name: 'Bars' });
    const image = within(figure).getByRole('img');
    expect(image).toHaveAccessibleName('Bars Two bars, 3 and 5.');
    const [titleId, descId] = (image.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(container.querySelector(`[id="${titleId}"]`)?.tagName).toBe('title');
    expect(container.querySelector(`[id="${descId}"]`)?.tagName).toBe('desc');
    expect(image).toHaveAttribute('viewBox', '0 0 100 40');
    expect(image).toHaveAttribute('width', '100%');
    expect(container.querySelectorAll('rect.chart-bar')).toHaveLength(2);
    expect(within(figure).queryByRole('table')).not.toBeInTheDocument();
  });

  it('switches to its table and back with a toggle button, by mouse and by keyboard', async () => {
    const user = userEvent.setup();
    render(<TwoBars />);
    const figure = screen.getByRole('figure', { name: 'Bars' });
    const showTable = within(figure).getByRole('button', { name: 'Show table' });
    expect(showTable).toHaveAttribute('aria-pressed', 'false');
    await user.click(showTable);

    const table = within(figure).getByRole('table', { name: 'Bars' });
    expect(within(table).getByRole('rowheader', { name: 'b' }).nextElementSibling).toHaveTextContent('5');
    expect(within(figure).queryByRole('img')).not.toBeInTheDocument();
    const showChart = within(figure).getByRole('button', { name: 'Show chart' });
    expect(showChart).toHaveAttribute('aria-pressed', 'true');

    showChart.focus();
    await user.keyboard('{Enter}');
    expect(within(figure).getByRole('img')).toBeInTheDocument();
    expect(within(figure).queryByRole('table')).not.toBeInTheDocument();
    await user.keyboard(' ');
    expect(within(figure).getByRole('table')).toBeInTheDocument();
  });

  it('opens on its table when asked', () => {
    render(<TwoBars initialView="table" />);
    expect(screen.getByRole('table', { name: 'Bars' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show chart' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows chart and table together, with no toggle, for the static report', () => {
    render(
      <>
        <TwoBars title="Switchable" />
        <TwoBars title="Both" initialView="both" />
      </>,
    );
    const switchable = screen.getByRole('figure', { name: 'Switchable' });
    expect(within(switchable).getByRole('button')).toBeInTheDocument();
    const both = screen.getByRole('figure', { name: 'Both' });
    expect(within(both).getByRole('img')).toBeInTheDocument();
    expect(within(both).getByRole('table', { name: 'Both' })).toBeInTheDocument();
    expect(within(both).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says there is nothing to draw instead of drawing an empty chart, and keeps its summary', () => {
    render(
      <>
        <TwoBars title="Full" summary={<p>Totals of Full</p>} />
        <TwoBars title="Empty" empty="No bars yet." summary={<p>Totals of Empty</p>} />
      </>,
    );
    const full = screen.getByRole('figure', { name: 'Full' });
    expect(within(full).getByRole('img')).toBeInTheDocument();
    expect(within(full).getByRole('button')).toBeInTheDocument();
    expect(within(full).queryByText('No bars yet.')).not.toBeInTheDocument();

    const empty = screen.getByRole('figure', { name: 'Empty' });
    expect(within(empty).getByText('No bars yet.')).toBeInTheDocument();
    expect(within(empty).getByText('Totals of Empty')).toBeInTheDocument();
    expect(within(empty).queryByRole('img')).not.toBeInTheDocument();
    expect(within(empty).queryByRole('button')).not.toBeInTheDocument();
    expect(within(empty).queryByRole('table')).not.toBeInTheDocument();
  });
});
