// The report in the review: the preview, and each export reaching the desktop bridge as the file it should be.
// Figures are worked out from test/fixtures/review-log.ts's comments.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge, PrintRequest } from '../../core/index';
import { reviewModels } from '../../test/fixtures/review-log';
import { browserBridge } from '../bridge/index';
import { markingOf, ReportView, type ReportLog } from './ReportView';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A desktop bridge that keeps what was saved and printed, and whether the page printed the report alone. */
function recordingBridge() {
  const saved: { name: string; data: string | Uint8Array; mimeType: string }[] = [];
  const printed: { request: PrintRequest; reportOnly: boolean }[] = [];
  const bridge: DesktopBridge = {
    ...browserBridge,
    saveFile: async (name, data, mimeType) => {
      saved.push({ name, data, mimeType });
    },
    printToPdf: async (request) => {
      printed.push({ request, reportOnly: document.body.classList.contains('printing-report') });
      return true;
    },
  };
  vi.stubGlobal('desktopBridge', bridge);
  return { saved, printed };
}

async function renderView(seal?: ReportLog['seal']) {
  const { h, models } = await reviewModels();
  const log = { marking: 'EU RESTRICTED', events: () => h.log, ...(seal ? { seal } : {}) };
  render(<ReportView models={models} log={log} />);
  return { events: h.log.length };
}

const HEAD = '0123456789abcdef'.repeat(4);
const KEY = '1111222233334444555566667777888899990000aaaabbbbccccddddeeeeffff';

describe('ReportView', () => {
  it('shows the report as it will be saved, under the buttons that save it', async () => {
    recordingBridge();
    await renderView();
    const preview = screen.getByRole('region', { name: 'Report preview' });
    expect(within(preview).getByRole('heading', { level: 1 })).toHaveTextContent(
      'After-action report and improvement plan',
    );
    expect(within(preview).getAllByText('EU RESTRICTED')).toHaveLength(3);
  });

  it('saves the report as one HTML file named after the exercise, in the language chosen for it', async () => {
    const { saved } = recordingBridge();
    await renderView();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Report language' }), 'nl');
    expect(screen.getByRole('region', { name: 'Report preview' })).toHaveTextContent(
      'Evaluatierapport en verbeterplan',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save as HTML' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ name: 'mini-1-report-nl.html', mimeType: 'text/html' });
    const html = new DOMParser().parseFromString(String(saved[0]?.data), 'text/html');
    expect(html.documentElement.lang).toBe('nl');
    expect(html.querySelector('.report-marking')?.textContent).toBe('EU RESTRICTED');
    expect(screen.getByRole('status')).toHaveTextContent('Saved mini-1-report-nl.html.');
  });

  it('prints the report alone, with the marking, and gives the page back afterwards', async () => {
    const { printed } = recordingBridge();
    await renderView();
    await userEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    await waitFor(() => expect(printed).toHaveLength(1));
    expect(printed[0]).toEqual({
      request: { fileName: 'mini-1-report-en.pdf', marking: 'EU RESTRICTED' },
      reportOnly: true,
    });
    await waitFor(() => expect(document.body).not.toHaveClass('printing-report'));
    expect(screen.getByRole('status')).toHaveTextContent('Sent mini-1-report-en.pdf to print.');
  });

  it('carries the journal’s head after its last event: in the preview, the saved HTML and every printed page', async () => {
    const { saved, printed } = recordingBridge();
    const seal = vi.fn(async (lines: number) => ({
      exerciseId: 'mini-1',
      head: HEAD,
      lines,
      fingerprint: KEY,
    }));
    const { events } = await renderView(seal);
    const preview = screen.getByRole('region', { name: 'Report preview' });
    // The review log has ended: the head after its last event (48) is asked for at once.
    await waitFor(() =>
      expect(preview).toHaveTextContent(
        'Record: after event 48, the journal’s hash chain reads 01234567 89abcdef 01234567 89abcdef 01234567 89abcdef 01234567 89abcdef; its host signs packages with the key 1111 2222 3333 4444 5555.',
      ),
    );
    expect(seal).toHaveBeenCalledWith(events);
    await userEvent.click(screen.getByRole('button', { name: 'Save as HTML' }));
    await userEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    await waitFor(() => expect(printed).toHaveLength(1));
    expect(printed[0]?.request.footnote).toBe(
      `Journal head after event 48, key 1111 2222 3333 4444 5555:\n${HEAD.slice(0, 32)}\n${HEAD.slice(32)}`,
    );
    expect(String(saved[0]?.data)).toContain(
      `@bottom-left { content: "Journal head after event 48, key 1111 2222 3333 4444 5555:\\A ${HEAD.slice(0, 32)}\\A ${HEAD.slice(32)}";`,
    );
  });

  it('says where to get the head at a station, which cannot ask the host', async () => {
    recordingBridge();
    await renderView();
    expect(screen.getByRole('region', { name: 'Report preview' })).toHaveTextContent(
      'The journal’s head is not printed here',
    );
  });

  it('says where to get the head when the host cannot be asked, and prints no footnote', async () => {
    const { printed } = recordingBridge();
    await renderView(async () => {
      throw new Error('the exercise host cannot be reached');
    });
    await userEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    await waitFor(() => expect(printed).toHaveLength(1));
    expect(printed[0]?.request.footnote).toBeUndefined();
    expect(screen.getByRole('region', { name: 'Report preview' })).toHaveTextContent(
      'The journal’s head is not printed here',
    );
  });

  it('saves the data: a table as CSV, the workbook as XLSX and the report model as JSON', async () => {
    const { saved } = recordingBridge();
    const { events } = await renderView();
    const csv = within(screen.getByRole('group', { name: 'CSV tables' }));
    await userEvent.click(csv.getByRole('button', { name: 'events.csv' }));
    await userEvent.click(csv.getByRole('button', { name: 'improvement-plan.csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save data as XLSX' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save report data as JSON' }));
    await waitFor(() => expect(saved).toHaveLength(4));
    expect(saved.map((file) => [file.name, file.mimeType])).toEqual([
      ['mini-1-events.csv', 'text/csv'],
      ['mini-1-improvement-plan.csv', 'text/csv'],
      ['mini-1-report.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['mini-1-report.json', 'application/json'],
    ]);
    // One row per event of the log under the header; CA-1 as the plan's one row.
    const rows = (index: number) => Papa.parse<string[]>(String(saved[index]?.data).trim()).data;
    expect(rows(0)).toHaveLength(events + 1);
    expect(rows(1)[1]?.slice(0, 3)).toEqual(['CA-1', 'Write a press line template', 'ms-a']);
    // An XLSX file is a zip: it starts with the zip's local file header.
    expect([...(saved[2]?.data as Uint8Array).slice(0, 2)]).toEqual([0x50, 0x4b]);
    const report = JSON.parse(String(saved[3]?.data)) as { overview: { marking: string; events: number } };
    expect(report.overview).toMatchObject({ marking: 'EU RESTRICTED', events });
  });
});

describe('markingOf', () => {
  it('takes the marking exercise.created set, and EXERCISE without one', async () => {
    const { h } = await reviewModels();
    const created = h.log[0]!;
    if (created.type !== 'exercise.created') throw new Error('the log starts with exercise.created');
    const marked = { ...created, payload: { ...created.payload, exerciseMarking: 'EU RESTRICTED' } };
    expect(markingOf([marked, ...h.log.slice(1)])).toBe('EU RESTRICTED');
    expect(markingOf(h.log.slice(1))).toBe('EXERCISE');
  });
});
