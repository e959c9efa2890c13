import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkingBadge } from './MarkingBadge';
import { NoPlayOverlay } from './NoPlayOverlay';

describe('shared components', () => {
  it('puts the safety stop and its notice in a modal alert', () => {
    render(<NoPlayOverlay notice="Fire alarm in building B" />);
    const dialog = screen.getByRole('alertdialog', { name: /NO PLAY/ });
    expect(dialog).toHaveTextContent('Fire alarm in building B');
  });

  it('colours markings by family', () => {
    render(<MarkingBadge marking="NATO-ONLY" />);
    expect(screen.getByText('NATO-ONLY')).toHaveClass('marking-nato');
  });
});
