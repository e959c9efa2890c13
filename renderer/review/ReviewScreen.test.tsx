import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExerciseReadModels } from '../../core/index';
import { recordingSend } from '../../test/fixtures/recording-send';
import { HOUR, reviewModels } from '../../test/fixtures/review-log';
import { ReviewScreen } from './ReviewScreen';

// The report's log: these tests save no export, so no event list is read.
const NO_LOG = { marking: 'EXERCISE', events: () => [] };

const views = () => within(screen.getByRole('navigation', { name: 'Review views' }));

describe('ReviewScreen', () => {
  it('opens at the end of the log and moves to the point the scrubber is put', async () => {
    const { models } = await reviewModels();
    const { container } = render(
      <ReviewScreen models={models} log={NO_LOG} send={recordingSend().send} locked={null} />,
    );
    expect(screen.getByText('As it stood at T+07:00:00')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('slider', { name: 'Scenario time' }), {
      target: { value: String(1.5 * HOUR) },
    });
    expect(screen.getByText('As it stood at T+01:30:00')).toBeInTheDocument();
    // At T+1h30 only ms-c had acknowledged INJ-1 (test/fixtures/review-log.ts).
    expect(container.querySelector('tr[data-role="ms-c"] td:nth-of-type(2)')).toHaveTextContent('1');
    expect(container.querySelector('tr[data-role="ms-a"] td:nth-of-type(2)')).toHaveTextContent('0');
    // Next key event: the three decisions at T+2h.
    await userEvent.click(screen.getByRole('button', { name: /Next key event/ }));
    expect(screen.getByText('As it stood at T+02:00:00')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Decisions taken by then: 3 standing, 0 voided' }),
    ).toBeInTheDocument();
  });

  it('switches between its views, each with its own content', async () => {
    const { models } = await reviewModels();
    render(<ReviewScreen models={models} log={NO_LOG} send={recordingSend().send} locked={null} />);
    await userEvent.click(views().getByRole('button', { name: 'Decisions' }));
    expect(views().getByRole('button', { name: 'Decisions' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { name: 'Decisions (6)' })).toBeInTheDocument();
    await userEvent.click(views().getByRole('button', { name: 'Objectives' }));
    expect(screen.getByRole('article', { name: 'Alert partners fast' })).toBeInTheDocument();
    await userEvent.click(views().getByRole('button', { name: 'Charts' }));
    expect(screen.getAllByRole('figure').length).toBe(6);
  });

  it('compares the run with another of the same scenario, offering the exercises it is given', async () => {
    const { models } = await reviewModels();
    const others = [{ exerciseId: 'origin', name: 'The origin', load: async () => models }];
    render(
      <ReviewScreen
        models={models}
        log={NO_LOG}
        send={recordingSend().send}
        locked={null}
        others={others}
        preferred="origin"
      />,
    );
    await userEvent.click(views().getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('combobox', { name: 'An exercise on this host' })).toHaveValue('origin');
    await userEvent.click(screen.getByRole('button', { name: 'Load and compare' }));
    // The log against itself: nothing differs, so every group's chart shows all its figures.
    expect(await screen.findByText(/^0 of \d+ figures differ\.$/)).toBeInTheDocument();
    expect(screen.getAllByRole('figure').length).toBe(7);
  });

  it('is read-only while the exercise runs: the plan waits for ENDEX', async () => {
    const { h } = await reviewModels();
    const ended = h.engine.events.findIndex((event) => event.type === 'exercise.ended');
    const running = ExerciseReadModels.of(h.engine.events.slice(0, ended), h.engine.content);
    render(
      <ReviewScreen
        models={running}
        log={NO_LOG}
        send={recordingSend().send}
        locked={null}
        initialView="plan"
      />,
    );
    expect(
      screen.getByText(/^The exercise is still running: the review follows its log \(46 events so far\)/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('The improvement plan can be written once the exercise has ended (ENDEX).'),
    ).toBeInTheDocument();
  });
});
