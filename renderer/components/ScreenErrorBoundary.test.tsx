import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';

function Broken(): never {
  throw new Error('projection of case "c-1" failed');
}

describe('a screen that fails to render', () => {
  it('shows what happened, that the record is safe, and the ways out, in the chosen language', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error.
    render(
      <ScreenErrorBoundary language="nl">
        <Broken />
      </ScreenErrorBoundary>,
    );
    const alert = screen.getByRole('alert', {
      name: 'Dit scherm liep tegen een probleem aan dat het niet kon afhandelen',
    });
    expect(alert).toHaveTextContent('Het probleem: projection of case "c-1" failed');
    expect(alert).toHaveTextContent('is veilig in de opslag van deze browser');
    expect(screen.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start' })).toHaveAttribute('href', '#/');
  });

  it('renders the screen itself when nothing fails', () => {
    render(
      <ScreenErrorBoundary language="en">
        <p>Console</p>
      </ScreenErrorBoundary>,
    );
    expect(screen.getByText('Console')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
