import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { contentWords, reviewMoment, type ExerciseReadModels } from '../../core/index';
import { HOUR, reviewModels } from '../../test/fixtures/review-log';
import { eventWordsFrom } from '../components/index';
import { MomentView } from './MomentView';

function showAt(models: ExerciseReadModels, scenarioMs: number) {
  const point = models.facts.lastAt(scenarioMs)!;
  const moment = reviewMoment(models, { seq: point.seq, scenarioMs });
  return render(
    <MomentView
      models={models}
      moment={moment}
      words={eventWordsFrom(models.content)}
      contentWords={contentWords(models.content.playbook.documents, 'en')}
    />,
  );
}

const cells = (row: Element) =>
  within(row as HTMLElement)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

// Figures from the review log's own account (test/fixtures/review-log.ts).
describe('MomentView', () => {
  it('shows T+1h30: the crisis mechanism on standby, INJ-1 received by both and read by ms-c only', async () => {
    const { models } = await reviewModels();
    const { container } = showAt(models, 1.5 * HOUR);
    expect(screen.getByText('As it stood at T+01:30:00')).toBeInTheDocument();
    const crisis = container.querySelector('tr[data-actor="crisis"]')!;
    expect(crisis).toHaveTextContent(/standby/i);
    expect(crisis).toHaveTextContent('T+00:00:00');
    // Injects received, read, blocked; messages received, read; the last inject.
    expect(cells(container.querySelector('tr[data-role="ms-a"]')!).slice(0, 5)).toEqual([
      '1',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(cells(container.querySelector('tr[data-role="ms-c"]')!).slice(0, 5)).toEqual([
      '1',
      '1',
      '0',
      '0',
      '0',
    ]);
    expect(
      screen.getByRole('heading', { name: 'Decisions taken by then: 0 standing, 0 voided' }),
    ).toBeInTheDocument();
    expect(screen.getByText('No decision had been taken.')).toBeInTheDocument();
  });

  it('shows T+6h30: five decisions standing and ADOPT voided, the NATO message read by ms-a', async () => {
    const { models } = await reviewModels();
    const { container } = showAt(models, 6.5 * HOUR);
    expect(
      screen.getByRole('heading', { name: 'Decisions taken by then: 5 standing, 1 voided' }),
    ).toBeInTheDocument();
    // The newest first: ESCALATE at T+4h heads the list.
    const items = container.querySelectorAll('.review-recent li');
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent(/^T\+04:00:00 · .* · Escalate to full$/);
    // ms-a: INJ-1 and INJ-3 received; the NATO message received and read.
    expect(cells(container.querySelector('tr[data-role="ms-a"]')!).slice(0, 5)).toEqual([
      '2',
      '0',
      '0',
      '1',
      '1',
    ]);
    expect(cells(container.querySelector('tr[data-role="ms-a"]')!)[5]).toBe('T+05:00:00 · NATO asks');
    // nac: the presidency's message, not read.
    expect(cells(container.querySelector('tr[data-role="nac"]')!).slice(3, 5)).toEqual(['1', '0']);
  });
});
