import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExerciseReadModels } from '../../core/index';
import { reviewModels } from '../../test/fixtures/review-log';
import { eventWordsFrom } from '../components/index';
import { ObjectivesReview } from './ObjectivesReview';

describe('ObjectivesReview', () => {
  it('shows the rating that stands and the observations by kind under their objective', async () => {
    const { models } = await reviewModels();
    render(<ObjectivesReview models={models} words={eventWordsFrom(models.content)} />);
    const objective = screen.getByRole('article', { name: 'Alert partners fast' });
    expect(objective).toHaveTextContent('S — some challenges — Fast alert, no press line');
    const strengths = within(objective).getByRole('heading', { name: 'Strengths (1)' }).parentElement!;
    expect(strengths).toHaveTextContent('T+07:00:00 · OBS-1 Alert went out fast');
    const improve = within(objective).getByRole('heading', {
      name: 'Areas for improvement (1)',
    }).parentElement!;
    expect(improve).toHaveTextContent('OBS-2 Press not briefed');
    expect(within(objective).queryByRole('heading', { name: /Other observations/ })).toBeNull();
  });

  it('says when nothing was rated or observed', async () => {
    const { h } = await reviewModels();
    // The log cut before the evaluation: no rating, no observation yet.
    const before = h.engine.events.filter(
      (event) => event.type !== 'observation.recorded' && event.type !== 'rating.given',
    );
    const models = ExerciseReadModels.of(before, h.engine.content);
    render(<ObjectivesReview models={models} words={eventWordsFrom(models.content)} />);
    const objective = screen.getByRole('article', { name: 'Alert partners fast' });
    expect(objective).toHaveTextContent('Not rated yet.');
    expect(objective).toHaveTextContent('No observation recorded.');
  });
});
