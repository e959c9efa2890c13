// The report document of the review log (test/fixtures/review-log.ts): every value expected here is worked
// out from that log's comments (who did what at which scenario time), not read from the code under test. The
// document's sections (OverviewSection, ObjectivesSection, TimelineSection, CoordinationSection, PlanSection,
// AnnexSection, each a ReportSection) are tested here, as the reader meets them.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildReport, metricsOf } from '../../core/index';
import { HOUR, reviewModels } from '../../test/fixtures/review-log';
import { eventWordsFrom } from '../components/index';
import { DocumentLanguageProvider } from '../state/index';
import { ReportDocument } from './ReportDocument';

async function renderReport(language?: string) {
  const { h, models } = await reviewModels();
  const report = buildReport(models, metricsOf(models), { marking: 'EU RESTRICTED - EXERCISE' });
  const document = <ReportDocument report={report} words={eventWordsFrom(models.content)} />;
  const view = render(
    language ? <DocumentLanguageProvider value={language}>{document}</DocumentLanguageProvider> : document,
  );
  return { ...view, events: h.log.length };
}

const section = (name: string) => screen.getByRole('region', { name });
const rowsOf = (table: HTMLElement) =>
  [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );

describe('ReportDocument', () => {
  it('carries the marking on its first and last lines and lists its seven sections', async () => {
    const { container } = await renderReport();
    const markings = [...container.querySelectorAll('.report-marking')].map((line) => line.textContent);
    expect(markings).toEqual(['EU RESTRICTED - EXERCISE', 'EU RESTRICTED - EXERCISE']);
    const contents = within(screen.getByRole('navigation', { name: 'Contents' })).getAllByRole('link');
    expect(contents.map((link) => link.textContent)).toEqual([
      'Exercise overview',
      'Objectives and analysis',
      'Timeline of key events and decisions',
      'Coordination analysis',
      'Legal clocks',
      'Improvement plan',
      'Annex: metrics',
    ]);
    // Every link leads to a section that is there.
    for (const link of contents) expect(container.querySelector(link.getAttribute('href')!)).not.toBeNull();
  });

  it('gives the overview: the exercise, its scope, its clocks and its marking', async () => {
    const { events } = await renderReport();
    const facts = Object.fromEntries(
      [...section('Exercise overview').querySelectorAll('dl.report-facts > div')].map((pair) => [
        pair.querySelector('dt')?.textContent,
        pair.querySelector('dd')?.textContent,
      ]),
    );
    expect(facts).toMatchObject({
      Exercise: 'Mini',
      Scope: 'A two-day crisis for tests.',
      // test/fixtures/mini-scenario.yaml: span 2d; ENDEX at T+7h.
      'Planned scenario span': '2d',
      'Scenario time played': 'T+07:00:00',
      'Events recorded': String(events),
      Status: 'Ended (ENDEX)',
      Marking: 'EU RESTRICTED - EXERCISE',
    });
  });

  it('analyses the objective: the rating that stands, its strengths and areas for improvement', async () => {
    await renderReport();
    const objective = within(section('Objectives and analysis'));
    expect(objective.getByRole('heading', { name: 'obj-alert: Alert partners fast' })).toBeInTheDocument();
    expect(objective.getByText(/^S — some challenges, given by/)).toBeInTheDocument();
    expect(objective.getByText('Rationale: Fast alert, no press line')).toBeInTheDocument();
    const list = (heading: string) =>
      objective.getByRole('heading', { name: heading }).nextElementSibling as HTMLElement;
    expect(within(list('Strengths')).getByText('Alert went out fast')).toBeInTheDocument();
    expect(within(list('Areas for improvement')).getByText('Press not briefed')).toBeInTheDocument();
  });

  it('lists the decisions in the timeline, the voided one flagged and its void an entry of its own', async () => {
    await renderReport();
    const rows = rowsOf(within(section('Timeline of key events and decisions')).getByRole('table'));
    const decisions = rows.filter((row) => /^.+: .+ \(.+\)/.test(row[2] ?? ''));
    // Six decisions: RAPID_ALERT, STAND_DOWN, CONSULT (T+2h), ACTIVATE (T+3h), ESCALATE (T+4h), ADOPT (T+5h).
    expect(decisions.map((row) => row[0])).toEqual([
      'T+02:00:00',
      'T+02:00:00',
      'T+02:00:00',
      'T+03:00:00',
      'T+04:00:00',
      'T+05:00:00',
    ]);
    expect(decisions[0]?.[2]).toMatch(/answers inject INJ-1/);
    expect(decisions[5]?.[2]).toMatch(/voided later$/);
    const voids = rows.filter((row) => row[2]?.startsWith('Decision '));
    expect(voids).toHaveLength(1);
    expect(voids[0]?.[0]).toBe('T+06:00:00');
    expect(voids[0]?.[2]).toMatch(/: Taken by mistake$/);
    expect(rows.at(-1)).toEqual(['T+07:00:00', expect.any(String), 'ENDEX']);
  });

  it('gives the improvement plan with its objective and observations', async () => {
    await renderReport();
    const rows = rowsOf(within(section('Improvement plan')).getByRole('table'));
    expect(rows).toEqual([
      [
        'CA-1',
        'Write a press line template',
        'ms-a',
        '2027-03-31',
        'obj-alert: Alert partners fast',
        'OBS-2',
        'open (version 1)',
      ],
    ]);
  });

  it('lists metrics.json’s figures in the annex, with milliseconds read out', async () => {
    const { events } = await renderReport();
    const rows = rowsOf(within(section('Annex: metrics')).getByRole('table', { name: '' }));
    const figure = (name: string) => rows.find((row) => row[1] === name);
    expect(figure('exercise.events')).toEqual(['exercise', 'exercise.events', String(events), '']);
    expect(figure('exercise.scenarioDurationMs')).toEqual([
      'exercise',
      'exercise.scenarioDurationMs',
      String(7 * HOUR),
      '7h',
    ]);
    // ms-c acknowledged INJ-1 one hour after delivery; ms-a never did.
    expect(figure('acknowledgement.ms-c.scenario.medianMs')?.slice(2)).toEqual([String(HOUR), '1h']);
    expect(figure('acknowledgement.ms-a.scenario.medianMs')?.[2]).toBe('none');
    expect(figure('consistency.voidedDecisions.count')?.[2]).toBe('1');
    expect(figure('evaluation.observations')?.[2]).toBe('2');
  });

  it('is written in the language of its document, whatever the screen’s', async () => {
    await renderReport('nl');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Evaluatierapport en verbeterplan');
    expect(section('Overzicht van de oefening')).toBeInTheDocument();
    expect(section('Verbeterplan')).toBeInTheDocument();
  });
});
