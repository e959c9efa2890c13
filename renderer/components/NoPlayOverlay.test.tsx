import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MarkingBadge } from './MarkingBadge';
import { NoPlayOverlay } from './NoPlayOverlay';

/** A screen with work on it (a form), and the safety stop over it while `stopped`. */
function Screen({ stopped, contained = false }: { stopped: boolean; contained?: boolean }) {
  const [rationale, setRationale] = useState('');
  return (
    <div className="station">
      <form aria-label="Send a rapid alert">
        <input
          aria-label="Rationale"
          value={rationale}
          onChange={(event) => setRationale(event.target.value)}
        />
        <button type="submit">Take the decision</button>
      </form>
      {stopped ? <NoPlayOverlay notice="Fire alarm in building B" contained={contained} /> : null}
    </div>
  );
}

describe('shared components', () => {
  it('puts the safety stop in a modal dialog that takes focus, with the notice as its description', () => {
    render(<NoPlayOverlay notice="Fire alarm in building B" />);
    const dialog = screen.getByRole('alertdialog', { name: /NO PLAY/ });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription('Fire alarm in building B');
    expect(dialog).toHaveFocus();
  });

  it('describes the stop by its standing text when the notice is empty', () => {
    render(<NoPlayOverlay notice={null} />);
    expect(screen.getByRole('alertdialog')).toHaveAccessibleDescription(/stopped for a real-world reason/);
  });

  it('makes the screen behind inert: Tab cannot reach its form, and focus comes back when it is lifted', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Screen stopped={false} />);
    const rationale = screen.getByRole('textbox', { name: 'Rationale' });
    await user.click(rationale);
    rerender(<Screen stopped />);
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveFocus();
    const take = screen.getByRole('button', { name: 'Take the decision', hidden: true });
    expect(take.closest('[inert]')).not.toBeNull();
    expect(take.closest('[aria-hidden="true"]')).not.toBeNull();
    // Hidden from assistive technology: only the dialog is left to read.
    expect(screen.queryByRole('button', { name: 'Take the decision' })).not.toBeInTheDocument();
    for (let press = 0; press < 4; press += 1) {
      await user.tab();
      expect(take).not.toHaveFocus();
      expect(rationale).not.toHaveFocus();
    }
    await user.keyboard('{Enter}');
    rerender(<Screen stopped={false} />);
    expect(take.closest('[inert]')).toBeNull();
    expect(screen.getByRole('button', { name: 'Take the decision' })).toBeInTheDocument();
    expect(rationale).toHaveFocus();
  });

  it('inside the console’s view of a station, covers that station only and leaves focus where it is', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <>
        <button type="button">Lift NO PLAY</button>
        <Screen stopped={false} contained />
      </>,
    );
    const lift = screen.getByRole('button', { name: 'Lift NO PLAY' });
    await user.click(lift);
    rerender(
      <>
        <button type="button">Lift NO PLAY</button>
        <Screen stopped contained />
      </>,
    );
    const region = screen.getByRole('region', { name: /NO PLAY/ });
    expect(region).toHaveTextContent('Fire alarm in building B');
    expect(lift).toHaveFocus();
    expect(lift.closest('[inert]')).toBeNull();
    expect(screen.getByRole('form', { hidden: true }).closest('[inert]')).not.toBeNull();
  });

  it('colours markings by family', () => {
    render(<MarkingBadge marking="NATO-ONLY" />);
    expect(screen.getByText('NATO-ONLY')).toHaveClass('marking-nato');
  });
});
