import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MINI_SCENARIO_PATH } from '../test/fixtures/fixtures';
import { readSpreadsheet } from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';
import { EXPORT_HELP, runExport } from './export-command';

async function exportWith(...args: string[]) {
  const out: string[] = [];
  const code = await runExport(args, { out: (line) => out.push(line), err: (line) => out.push(line) });
  return { code, out };
}

const SCENARIO_DIR = path.join(PROJECT_ROOT, 'scenarios', 'salisbury-style');
const injectIds = (
  parse(readFileSync(path.join(SCENARIO_DIR, 'scenario.yaml'), 'utf8')) as { injects: { id: string }[] }
).injects.map((inject) => inject.id);
const outFile = (name: string) => path.join(mkdtempSync(path.join(tmpdir(), 'pbsim-export-')), 'sub', name);

describe('runExport', () => {
  it('prints its help', async () => {
    expect(await exportWith('--help')).toEqual({ code: 0, out: [EXPORT_HELP] });
  });

  it.each(['csv', 'xlsx'] as const)(
    'writes a bundled scenario’s MSEL as %s, one row per inject, making the folder',
    async (format) => {
      const file = outFile(`msel.${format}`);
      const { code, out } = await exportWith(SCENARIO_DIR, '--format', format, '--out', file);
      expect(code).toBe(0);
      expect(out).toEqual([
        `Wrote ${file}: ${injectIds.length} injects in the HSEEP columns (${format.toUpperCase()})`,
      ]);
      const read = readSpreadsheet(new Uint8Array(readFileSync(file)), file);
      if (!read.ok) throw new Error(read.reason);
      // The Event Number column holds the inject ids without their INJ- prefix.
      expect(read.sheet.rows.slice(1, injectIds.length + 1).map((row) => row[0])).toEqual(
        injectIds.map((id) => id.replace(/^INJ-/, '')),
      );
    },
  );

  it('writes nothing for a scenario with problems, and prints them with exit 1', async () => {
    // The mini scenario targets the mini playbook, not the bundled one.
    const { code, out } = await exportWith(MINI_SCENARIO_PATH, '--format', 'csv', '--out', outFile('x.csv'));
    expect(code).toBe(1);
    expect(out.length).toBeGreaterThan(0);
    expect(out[0]).toMatch(/mini-scenario\.yaml:\d+:\d+: /);
  });

  it.each([
    [
      ['--format', 'csv', '--out', 'x.csv'],
      'export: name exactly one scenario (a scenario.yaml or its folder)',
    ],
    [['s.yaml', '--format', 'pdf', '--out', 'x.pdf'], 'export: choose --format csv or --format xlsx'],
    [['s.yaml', '--format', 'csv'], 'export: say where to write with --out <file>'],
    [['no/such.yaml', '--format', 'csv', '--out', 'x.csv'], 'export: no such file or folder: no/such.yaml'],
    [
      ['s.yaml', '--format', 'csv', '--out', 'm.xlsx'],
      'export: --out m.xlsx ends in .xlsx but --format is csv',
    ],
    [
      ['s.yaml', '--format', 'xlsx', '--out', 'm.CSV'],
      'export: --out m.CSV ends in .csv but --format is xlsx',
    ],
    [['s.yaml', '--format', 'csv', '--format', 'csv', '--out', 'm.csv'], 'export: --format is given twice'],
  ])('refuses %j as a usage error', async (args, message) => {
    await expect(exportWith(...args)).rejects.toThrow(message);
  });

  it('refuses to replace an existing file without --force, and replaces it with', async () => {
    const file = outFile('msel.csv');
    await exportWith(SCENARIO_DIR, '--format', 'csv', '--out', file);
    writeFileSync(file, 'my own sheet');
    await expect(exportWith(SCENARIO_DIR, '--format', 'csv', '--out', file)).rejects.toThrow(
      `export: ${file} already exists; choose another file, or add --force to replace it`,
    );
    expect(readFileSync(file, 'utf8')).toBe('my own sheet');
    expect((await exportWith(SCENARIO_DIR, '--format', 'csv', '--out', file, '--force')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^Event Number,/);
  });

  it('never writes over the scenario it reads, even with --force', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pbsim-export-self-'));
    const scenario = path.join(dir, 'scenario.yaml');
    const text = readFileSync(path.join(SCENARIO_DIR, 'scenario.yaml'), 'utf8');
    writeFileSync(scenario, text);
    // No extension, so the format check lets it through to the input check.
    symlinkSync(scenario, path.join(dir, 'out'));
    await expect(
      exportWith(scenario, '--format', 'csv', '--out', path.join(dir, 'out'), '--force'),
    ).rejects.toThrow('is the input');
    expect(readFileSync(scenario, 'utf8')).toBe(text);
  });

  it('reads a UTF-16 scenario as validate does, and exports the same bytes as from its UTF-8 original', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pbsim-export-utf16-'));
    const text = readFileSync(path.join(SCENARIO_DIR, 'scenario.yaml'), 'utf8');
    // UTF-16 little-endian with its byte-order mark, encoded here by hand, not by the reader under test.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    writeFileSync(path.join(dir, 'scenario.yaml'), utf16);
    const fromUtf8 = outFile('from-utf8.csv');
    const fromUtf16 = outFile('from-utf16.csv');
    expect((await exportWith(SCENARIO_DIR, '--format', 'csv', '--out', fromUtf8)).code).toBe(0);
    expect((await exportWith(dir, '--format', 'csv', '--out', fromUtf16)).code).toBe(0);
    expect(readFileSync(fromUtf16)).toEqual(readFileSync(fromUtf8));
  });

  it('names a scenario in an encoding it cannot read, and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pbsim-export-latin1-'));
    writeFileSync(path.join(dir, 'scenario.yaml'), Buffer.from('title: caf\xe9\n', 'latin1'));
    const file = outFile('never.csv');
    const { code, out } = await exportWith(dir, '--format', 'csv', '--out', file);
    expect(code).toBe(1);
    expect(out.join('\n')).toMatch(/scenario\.yaml:\d+:\d+: .*UTF-8/);
    expect(existsSync(file)).toBe(false);
  });
});
