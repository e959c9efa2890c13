import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { harnessView } from '../../test/fixtures/engine-view';
import { recordingSend } from '../../test/fixtures/recording-send';
import { reviewLog } from '../../test/fixtures/review-log';
import { ConsoleReview } from './ConsoleReview';

describe('ConsoleReview', () => {
  it('reviews the engine’s own log at the console, EXCON writing the plan once ENDEX is given', async () => {
    const h = await reviewLog();
    render(<ConsoleReview view={harnessView(h)} send={recordingSend().send} />);
    // The review log has 48 events and ended (test/fixtures/review-log.ts).
    expect(
      screen.getByText('The exercise has ended: the review reads its whole log (48 events).'),
    ).toBeInTheDocument();
    expect(screen.getByText('As it stood at T+07:00:00')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Improvement plan' }));
    expect(
      screen.queryByText('The improvement plan can be written once the exercise has ended (ENDEX).'),
    ).toBeNull();
    expect(screen.getByText('Write a press line template')).toBeInTheDocument();
  });
});
