import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { reviewModels } from '../../test/fixtures/review-log';
import { eventWordsFrom } from '../components/index';
import { DecisionsList } from './DecisionsList';

const rowTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

// The review log's decisions (test/fixtures/review-log.ts), worked out there.
describe('DecisionsList', () => {
  it('lists every decision with its step, the inject it answers and how long after, and the void', async () => {
    const { models } = await reviewModels();
    const { container } = render(<DecisionsList models={models} words={eventWordsFrom(models.content)} />);
    expect(screen.getByRole('heading', { name: 'Decisions (6)' })).toBeInTheDocument();
    const rows = [...container.querySelectorAll<HTMLElement>('tbody tr')];
    expect(rows).toHaveLength(6);
    const alert = rowTexts(rows[0]!);
    // When, role, mechanism, decision, step, in answer to, after, rationale.
    expect(alert[0]).toBe('T+02:00:00');
    expect(alert[3]).toBe('Send a rapid alert');
    expect(alert[4]).toBe('Notify');
    expect(alert.slice(5)).toEqual(['Explosion at the port', '2h', 'Port hit']);
    // CONSULT names no inject.
    expect(rowTexts(rows[2]!).slice(3, 7)).toEqual(['Consult the Presidency', 'Other step', '—', '—']);
    // ESCALATE is the decide step; ADOPT was voided at T+6h with EXCON's reason.
    expect(rowTexts(rows[4]!)[4]).toBe('Decide');
    expect(rowTexts(rows[5]!)[3]).toMatch(/voided at T\+06:00:00: Taken by mistake$/);
  });

  it('filters by role', async () => {
    const { models } = await reviewModels();
    const words = eventWordsFrom(models.content);
    const { container } = render(<DecisionsList models={models} words={words} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role' }), words.role('ms-a'));
    // ms-a took RAPID_ALERT and CONSULT.
    const rows = [...container.querySelectorAll<HTMLElement>('tbody tr')];
    expect(rows.map((row) => rowTexts(row)[3])).toEqual(['Send a rapid alert', 'Consult the Presidency']);
    expect(screen.getByText('Decisions in the order taken (2 of 2)')).toBeInTheDocument();
  });
});
