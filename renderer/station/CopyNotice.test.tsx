import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CopyNotice } from './CopyNotice';

describe('what the host did to the station’s copy', () => {
  it('says it was rebuilt, brought up to date, or already current, and nothing for an empty start', () => {
    const { rerender, container } = render(
      <CopyNotice copy={{ kind: 'rebuilt', received: 12 }} pending={0} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'This station had no copy of this exercise: it now keeps one, rebuilt from the exercise host (12 items received).',
    );
    rerender(<CopyNotice copy={{ kind: 'updated', received: 3 }} pending={0} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'This station’s copy was brought up to date from the exercise host (3 new items).',
    );
    rerender(<CopyNotice copy={{ kind: 'updated', received: 0 }} pending={0} />);
    expect(screen.getByRole('status')).toHaveTextContent('is up to date with the exercise host');
    rerender(<CopyNotice copy={{ kind: 'rebuilt', received: 0 }} pending={0} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('names the items only the station holds, and replaces the copy only after a confirmation', async () => {
    const user = userEvent.setup();
    let replaced = 0;
    render(
      <CopyNotice
        copy={{ kind: 'ahead', held: 40, hostLast: 31 }}
        pending={2}
        onReplace={async () => void (replaced += 1)}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This station holds items 32–40 that the exercise host does not have: its journal was restored from an older backup.',
    );
    await user.click(screen.getByRole('button', { name: 'Replace with the host’s' }));
    const confirm = screen.getByRole('group', { name: 'Replace with the host’s' });
    expect(confirm).toHaveTextContent('Remove items 32–40 from this station');
    expect(confirm).toHaveTextContent(
      'The 2 actions this station has not had answered go to the host afterwards.',
    );
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(replaced).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Replace with the host’s' }));
    await user.click(screen.getByRole('button', { name: 'Replace this station’s copy' }));
    expect(replaced).toBe(1);
  });

  it('offers no replacement where nothing may be changed', () => {
    render(<CopyNotice copy={{ kind: 'ahead', held: 5, hostLast: 0 }} pending={0} />);
    expect(screen.getByRole('alert')).toHaveTextContent('items 1–5');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
