import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ColumnHeads } from './ColumnHeads';

describe('ColumnHeads', () => {
  it('heads each column in order', () => {
    render(
      <table>
        <ColumnHeads labels={['Role', 'Delivered', 'Median']} />
      </table>,
    );
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Role',
      'Delivered',
      'Median',
    ]);
  });
});
