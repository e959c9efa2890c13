import { describe, expect, it } from 'vitest';
import type { MselImportReport } from './msel-import';
import { formatImportReport } from './msel-report';

const report: MselImportReport = {
  columns: [
    { index: 0, header: 'Time', field: 'time' },
    { index: 1, header: '', field: 'text', reason: 'long free text' },
    { index: 2, header: 'Colour', field: 'ignored' },
  ],
  headerFound: true,
  columnsFrom: 'header',
  assumptions: ['times without a day are on day 1'],
  rowProblems: [{ row: 7, reason: 'no time' }],
  localRoles: [
    { id: 'port-authority', name: 'Port authority' },
    { id: 'hospital', name: 'Hospital' },
  ],
  imported: 5,
};

describe('formatImportReport', () => {
  it('says what was read, how each column was mapped and why, the assumptions, local roles and rows left out', () => {
    expect(formatImportReport('msel.csv', ['CSV, comma-separated', 'encoding: UTF-8'], report)).toEqual([
      'msel.csv: CSV, comma-separated; encoding: UTF-8',
      'Columns (from the header row):',
      '  1. Time → time',
      '  2. (blank) → text (long free text)',
      '  3. Colour → ignored',
      'Assumed: times without a day are on day 1',
      'Local roles (not in the playbook; map them with --roles): Port authority → port-authority, Hospital → hospital',
      'msel.csv: row 7: no time; not imported',
    ]);
  });

  it.each([
    ['given', true, 'Columns (as given with --columns):'],
    ['contents', false, 'Columns (guessed: the sheet has no header row):'],
    ['contents', true, 'Columns (guessed from their contents: the header row names no column we know):'],
  ] as const)('heads columns from %s (header found: %s) as "%s"', (columnsFrom, headerFound, heading) => {
    const lines = formatImportReport('m.xlsx', ['XLSX'], { ...report, columnsFrom, headerFound });
    expect(lines[1]).toBe(heading);
  });

  it('names the local roles that receive injects as played at stations', () => {
    const localRoles = [
      { id: 'port-authority', name: 'Port authority', receives: false },
      { id: 'port-team', name: 'Port team', receives: true },
    ];
    const lines = formatImportReport('m.csv', ['CSV'], { ...report, localRoles });
    expect(lines).toContain(
      'Of these, played at stations (they receive injects: the training audience): Port team; the others are simulated by the SimCell',
    );
  });

  it('leaves out the local roles line when every name is a playbook role', () => {
    const lines = formatImportReport('m.csv', ['CSV'], { ...report, localRoles: [] });
    expect(lines.some((line) => line.startsWith('Local roles'))).toBe(false);
  });
});
