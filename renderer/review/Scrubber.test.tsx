import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { KeyEvent } from './key-events';
import { Scrubber } from './Scrubber';

const HOUR = 3_600_000;
const events: KeyEvent[] = [
  { seq: 2, scenarioMs: 0, kind: 'started', label: 'Crisis started' },
  { seq: 11, scenarioMs: 2 * HOUR, kind: 'decision', label: 'Arland: Send a rapid alert' },
  { seq: 21, scenarioMs: 3 * HOUR, kind: 'phase', label: 'Playbook phase: Response' },
  { seq: 47, scenarioMs: 7 * HOUR, kind: 'ended', label: 'ENDEX' },
];

describe('Scrubber', () => {
  it('is a labelled slider that says the scenario time and moves the review', () => {
    const onChange = vi.fn();
    render(<Scrubber value={2.5 * HOUR} endMs={7 * HOUR} events={events} onChange={onChange} />);
    const slider = screen.getByRole('slider', { name: 'Scenario time' });
    expect(slider).toHaveAttribute('aria-valuetext', 'T+02:30:00');
    fireEvent.change(slider, { target: { value: String(HOUR) } });
    expect(onChange).toHaveBeenLastCalledWith(HOUR);
  });

  it('steps to the previous and next key events', async () => {
    const onChange = vi.fn();
    render(<Scrubber value={2.5 * HOUR} endMs={7 * HOUR} events={events} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: /Next key event/ }));
    expect(onChange).toHaveBeenLastCalledWith(3 * HOUR);
    await userEvent.click(screen.getByRole('button', { name: /Previous key event/ }));
    expect(onChange).toHaveBeenLastCalledWith(2 * HOUR);
  });

  it('lists the key events other than decisions to jump to, and marks every one', async () => {
    const onChange = vi.fn();
    const { container } = render(<Scrubber value={0} endMs={7 * HOUR} events={events} onChange={onChange} />);
    const jump = screen.getByRole('combobox', { name: /Jump to/ });
    const options = within(jump)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual([
      'a key event (3)…',
      'T+00:00:00 · Crisis started',
      'T+03:00:00 · Playbook phase: Response',
      'T+07:00:00 · ENDEX',
    ]);
    await userEvent.selectOptions(jump, String(7 * HOUR));
    expect(onChange).toHaveBeenLastCalledWith(7 * HOUR);
    // One mark per key event, decisions included, placed along the exercise (3 h of 7 h: 3/7 of 1000).
    const marks = container.querySelectorAll('line.review-mark');
    expect(marks).toHaveLength(4);
    expect(Number(marks[2]?.getAttribute('x1'))).toBeCloseTo((3 / 7) * 1000);
  });

  it('plays back and pauses from the keyboard', async () => {
    render(<Scrubber value={0} endMs={7 * HOUR} events={events} onChange={vi.fn()} />);
    const play = screen.getByRole('button', { name: 'Play' });
    play.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  });
});
