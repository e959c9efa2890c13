import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExerciseTableHead } from './ExerciseTableHead';

describe('ExerciseTableHead', () => {
  it('names the columns every list of exercises on Home shows, the actions column for screen readers only', () => {
    render(
      <table>
        <ExerciseTableHead />
      </table>,
    );
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Exercise name', 'Scenario', 'Created', 'Events', 'Actions']);
    expect(screen.getByText('Actions')).toHaveClass('visually-hidden');
  });
});
