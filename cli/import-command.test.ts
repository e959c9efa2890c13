import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../core/index';
import { loadBundledPlaybook } from '../test/bundled-content';
import { IMPORT_HELP, runImport } from './import-command';

async function importWith(...args: string[]) {
  const out: string[] = [];
  const code = await runImport(args, { out: (line) => out.push(line), err: (line) => out.push(line) });
  return { code, out };
}

/** A file in a fresh folder, and where to write the scenario beside it. */
function mselFile(name: string, text: string) {
  const folder = mkdtempSync(path.join(tmpdir(), 'pbsim-import-'));
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return { file, out: path.join(folder, 'scenario.yaml') };
}

const MSEL = [
  'Time,From,To,Message',
  'T+0,Port authority,presidency,An explosion at the port.',
  'T+1h,Hospital,presidency,Patients arrive with burns.',
  'whenever,Hospital,presidency,No time given.',
].join('\n');

describe('runImport', () => {
  it('prints its help', async () => {
    expect(await importWith('--help')).toEqual({ code: 0, out: [IMPORT_HELP] });
  });

  it('writes a scenario draft that validates on the bundled playbook, and reports the rows left out', async () => {
    const { file, out } = mselFile('Port MSEL.csv', MSEL);
    const { code, out: lines } = await importWith(file, '--out', out, '--start', '2024-06-24T09:00');
    expect(code).toBe(0);
    expect(lines[0]).toBe(`${file}: encoding: UTF-8; CSV, comma-separated`);
    expect(lines.filter((line) => line.startsWith(`${file}: row `))).toEqual([
      expect.stringMatching(new RegExp(`: row 4: .+; not imported$`)),
    ]);
    expect(lines.at(-1)).toBe(
      `Wrote ${out}: 2 injects (1 rows not imported); it validates against the bundled playbook.`,
    );

    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# Imported from Port MSEL.csv by "playbook-sim import"; review before play.',
    );
    const loaded = loadScenario({ path: out, text }, loadBundledPlaybook());
    if (!loaded.ok) throw new Error('the draft must load');
    // The id and title come from the file name when not given.
    expect(loaded.scenario.id).toBe('port-msel');
    expect(loaded.scenario.title).toBe('Imported MSEL: Port MSEL.csv');
    expect(loaded.scenario.start.date).toBe('2024-06-24T09:00');
    expect(loaded.scenario.injects.map((inject) => inject.text.trim())).toEqual([
      'An explosion at the port.',
      'Patients arrive with burns.',
    ]);
    expect(loaded.scenario.roles.local.map((role) => role.title)).toEqual(['Port authority', 'Hospital']);
  });

  it('takes the id, title, role names and columns it is given', async () => {
    const { file, out } = mselFile('any.csv', 'T+0;The port authority;An explosion.\n');
    const { code } = await importWith(
      file,
      '--out',
      out,
      '--id',
      'port-blast',
      '--title',
      'Port blast',
      '--columns',
      '1=time,2=from,3=text',
      '--roles',
      'The port authority=presidency',
    );
    expect(code).toBe(0);
    const loaded = loadScenario({ path: out, text: readFileSync(out, 'utf8') }, loadBundledPlaybook());
    if (!loaded.ok) throw new Error('the draft must load');
    expect([loaded.scenario.id, loaded.scenario.title]).toEqual(['port-blast', 'Port blast']);
    expect(loaded.scenario.injects[0]?.from).toBe('presidency');
    // The sender was mapped to a playbook role, so it is not a local role of the draft.
    expect(loaded.scenario.roles.local.map((role) => role.title)).not.toContain('The port authority');
  });

  it('writes nothing when the file cannot be read or holds no readable inject, with exit 1', async () => {
    const empty = mselFile('empty.csv', '');
    expect(await importWith(empty.file, '--out', empty.out)).toEqual({
      code: 1,
      out: [`${empty.file}: the file is empty`],
    });
    const noInject = mselFile('none.csv', 'Time,Message\nsoon,Nothing dated.\n');
    const { code, out } = await importWith(noInject.file, '--out', noInject.out);
    expect(code).toBe(1);
    expect(out.at(-1)).toBe(`${noInject.file}: no readable inject; nothing was written`);
  });

  it.each([
    [['--out', 'x.yaml'], 'import: name exactly one MSEL file'],
    [['m.csv'], 'import: say where to write the scenario with --out <scenario.yaml>'],
    [['no/such.csv', '--out', 'x.yaml'], 'import: no such file: no/such.csv'],
  ])('refuses %j as a usage error', async (args, message) => {
    await expect(importWith(...args)).rejects.toThrow(message);
  });

  it.each([
    [
      ['--start', '24/06/2024'],
      'import: --start takes YYYY-MM-DDTHH:MM (optionally :SS, and Z or an offset such as +02:00), not "24/06/2024"',
    ],
    [['--start', '2024-02-30T09:00'], 'import: --start "2024-02-30T09:00" is not a real date and time'],
    [['--start', '2024-06-24T25:00'], 'import: --start "2024-06-24T25:00" is not a real date and time'],
    [
      ['--time-zone', 'Mars/Olympus'],
      'import: --time-zone "Mars/Olympus" is not a time zone this system knows',
    ],
    [['--id', 'My Exercise'], 'import: --id "My Exercise" is not a scenario id'],
    [
      ['--roles', 'Hospital=hospital-boss'],
      'import: --roles: "hospital-boss" (for "Hospital") is not a role of the bundled playbook',
    ],
    [['--columns', '0=time'], 'import: --columns: columns count from 1, not "0"'],
    [['--columns', '1=time,1=text'], 'import: --columns: column 1 is given twice'],
    [['--columns', '1=time,2=time'], 'import: --columns: field "time" is given twice'],
    [['--sheet', 'MSEL'], 'import: --sheet is for a workbook (XLSX, XLS or ODS)'],
    [['--out', 'y.yaml'], 'import: --out is given twice; give it once'],
    [['--columns', '1=when'], 'import: --columns: "1=when" is not a column number and a field'],
    [['--columns', 'time'], 'import: --columns takes name=value pairs separated by commas, not "time"'],
    [['--roles', 'Hospital'], 'import: --roles takes name=value pairs separated by commas, not "Hospital"'],
  ])('refuses the option %j as a usage error', async (args, message) => {
    const { file, out } = mselFile('m.csv', MSEL);
    await expect(importWith(file, '--out', out, ...args)).rejects.toThrow(message);
  });

  it('refuses to replace an existing scenario without --force, and replaces it with', async () => {
    const { file, out } = mselFile('m.csv', MSEL);
    writeFileSync(out, 'my own scenario');
    await expect(importWith(file, '--out', out)).rejects.toThrow(
      `import: ${out} already exists; choose another file, or add --force to replace it`,
    );
    expect(readFileSync(out, 'utf8')).toBe('my own scenario');
    expect((await importWith(file, '--out', out, '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Imported from m\.csv/);
  });

  it('never writes over the MSEL it reads, even with --force, however the path is spelled', async () => {
    const { file } = mselFile('m.csv', MSEL);
    const spelled = path.join(path.dirname(file), '.', 'm.csv');
    await expect(importWith(file, '--out', spelled, '--force')).rejects.toThrow(
      `import: ${spelled} is the input ${file}; it is never overwritten`,
    );
    expect(readFileSync(file, 'utf8')).toBe(MSEL);
  });

  it('accepts a start with seconds and an offset that agrees with the time zone', async () => {
    const { file, out } = mselFile('m.csv', MSEL);
    const args = ['--start', '2024-06-24T07:00:00Z', '--time-zone', 'UTC'];
    expect((await importWith(file, '--out', out, ...args)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/date: 2024-06-24T07:00\n\s+timeZone: UTC/);
  });
});
