import { describe, expect, it } from 'vitest';
import { loadMiniPlaybook, miniScenarioText, replaceOnce } from '../../test/fixtures/fixtures';
import { openDocument } from './open-document';

const playbook = loadMiniPlaybook();
const bytes = (text: string) => new TextEncoder().encode(text);
const CSV =
  'Time,From,To,Subject,Message\nT+5,Press,ms-a,Port,Smoke over the port\nT+10,Press,ms-a,Second,More smoke\n';
/** UTF-16 LE by hand, for ASCII text (a second way to encode, not the decoder under test). */
const utf16le = (text: string) => new Uint8Array([...text].flatMap((char) => [char.charCodeAt(0), 0]));
const swapPairs = (input: Uint8Array) =>
  new Uint8Array([...input].map((_, index) => input[index % 2 === 0 ? index + 1 : index - 1] ?? 0));

describe('opening a scenario or an MSEL from disk', () => {
  it('loads a valid scenario, and names the line of a broken one', () => {
    expect(
      openDocument({ name: 'mini.yaml', bytes: bytes(miniScenarioText()) }, playbook, '2024-01-01'),
    ).toMatchObject({
      ok: true,
      kind: 'scenario',
      scenario: { id: 'mini-scenario' },
    });
    const broken = replaceOnce(miniScenarioText(), 'to: [ms-a, ms-c]', 'to: [ms-a, nobody]');
    const result = openDocument({ name: 'mini.yaml', bytes: bytes(broken) }, playbook, '2024-01-01');
    expect(result).toMatchObject({ ok: false });
    expect(result.report.join('\n')).toMatch(/^mini\.yaml:\d+:\d+: .*nobody/m);
  });

  it('imports a CSV MSEL into a draft that validates, with its mapping report', () => {
    const result = openDocument({ name: 'exercise.csv', bytes: bytes(CSV) }, playbook, '2024-03-01');
    expect(result).toMatchObject({ ok: true, kind: 'msel' });
    if (!result.ok) return;
    expect(result.scenario.injects.map((inject) => inject.title)).toEqual(['Port', 'Second']);
    const report = result.report.join('\n');
    expect(report).toContain('Columns (from the header row):');
    expect(report).toContain('T0 is 2024-03-01 09:00');
  });

  it('takes the whole MSEL or nothing: a row it cannot read refuses the file, naming the row', () => {
    // The same file as above with one bad row (the good one opens: the refusal below is the row's).
    const withBad = CSV.replace('\nT+10', '\nsoon,Press,ms-a,Bad,Row\nT+10');
    const result = openDocument({ name: 'exercise.csv', bytes: bytes(withBad) }, playbook, '2024-03-01');
    expect(result.ok).toBe(false);
    expect(result.report[0]).toBe(
      'exercise.csv: not opened: row 3 could not be read (see below); correct it in the file, or delete it, and open it again',
    );
    expect(result.report).toContain(
      'exercise.csv: row 3: "soon" is not a time this importer can read; not imported',
    );
  });

  it('reads a UTF-16 CSV (with or without a byte order mark) as the text it is', () => {
    const le = new Uint8Array([0xff, 0xfe, ...utf16le(CSV)]);
    const be = new Uint8Array([0xfe, 0xff, ...swapPairs(utf16le(CSV))]);
    const cases: [Uint8Array, string][] = [
      [le, 'encoding: UTF-16 LE (read as such)'],
      [be, 'encoding: UTF-16 BE (read as such)'],
      [utf16le(CSV), 'encoding: UTF-16 LE without a byte order mark (read as such)'],
    ];
    for (const [input, said] of cases) {
      const result = openDocument({ name: 'windows.csv', bytes: input }, playbook, '2024-03-01');
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.scenario.injects.map((inject) => inject.title)).toEqual(['Port', 'Second']);
      expect(result.report[0]).toBe(`windows.csv: ${said}; CSV, comma-separated`);
    }
  });

  it('reads a CSV renamed .xlsx as the CSV it is, and says so', () => {
    const result = openDocument({ name: 'planner.xlsx', bytes: bytes(CSV) }, playbook, '2024-03-01');
    expect(result.ok).toBe(true);
    expect(result.report[0]).toMatch(/^planner\.xlsx: not a workbook but text: read as CSV; /);
  });

  it('refuses a binary file, an empty one and an oversized one in one line naming the file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    const cases: [string, Uint8Array, string][] = [
      [
        'photo.csv',
        png,
        'photo.csv: not a text file (it holds binary data, like an image or a program): an MSEL is a CSV, XLSX or JSON file; is it the right file?',
      ],
      ['empty.csv', new Uint8Array(), 'empty.csv: the file is empty'],
      [
        'huge.csv',
        new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41),
        'huge.csv: the file is larger than 5 MB: an MSEL is rarely above 1 MB; is it the right file?',
      ],
    ];
    for (const [name, input, said] of cases)
      expect(openDocument({ name, bytes: input }, playbook, '2024-03-01')).toEqual({
        ok: false,
        fileName: name,
        report: [said],
      });
  });

  it('refuses bytes that are no spreadsheet with a clear reason', () => {
    const result = openDocument(
      { name: 'photo.xlsx', bytes: new Uint8Array([1, 2, 3, 4]) },
      playbook,
      '2024-01-01',
    );
    expect(result.ok).toBe(false);
    expect(result.report[0]).toMatch(/^photo\.xlsx: /);
  });
});
