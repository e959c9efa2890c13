import { describe, expect, it } from 'vitest';
import { UsageError } from './exit-codes';
import { parseImportColumns, parseRoleNames, scenarioIdOption } from './import-options';

describe('parseImportColumns', () => {
  it('maps columns counted from 1 to 0-based indexes', () => {
    expect([...parseImportColumns('1=time, 2=from,10=text')]).toEqual([
      [0, 'time'],
      [1, 'from'],
      [9, 'text'],
    ]);
  });

  it.each([
    ['0=time', 'columns count from 1, not "0"'],
    ['00=time', 'columns count from 1, not "00"'],
    ['1=time,1=text', 'column 1 is given twice'],
    ['1=time,01=text', 'column 1 is given twice'],
    ['1=time,3=time', 'field "time" is given twice'],
    ['x=time', '"x=time" is not a column number and a field'],
    ['1=when', '"1=when" is not a column number and a field'],
    ['time', 'takes name=value pairs'],
  ])('refuses %s', (text, message) => {
    expect(() => parseImportColumns(text)).toThrow(UsageError);
    expect(() => parseImportColumns(text)).toThrow(message);
  });
});

describe('parseRoleNames', () => {
  const roles = ['presidency', 'ms-affected-health'];
  it('takes names of playbook roles', () => {
    expect(parseRoleNames('Ministry of Health=ms-affected-health,Presidency=presidency', roles)).toEqual({
      'Ministry of Health': 'ms-affected-health',
      Presidency: 'presidency',
    });
  });

  it('refuses a role the playbook does not have, and a name given twice', () => {
    expect(() => parseRoleNames('Hospital=hospital', roles)).toThrow(
      'import: --roles: "hospital" (for "Hospital") is not a role of the bundled playbook',
    );
    expect(() => parseRoleNames('A=presidency,A=presidency', roles)).toThrow('"A" is given twice');
  });
});

describe('scenarioIdOption', () => {
  it('takes a kebab-case id, or makes one from the file name', () => {
    expect(scenarioIdOption('port-exercise', 'x.csv')).toBe('port-exercise');
    expect(scenarioIdOption(undefined, 'dir/Port Exercise (v2).xlsx')).toBe('port-exercise-v2');
    expect(scenarioIdOption(undefined, '2024 MSEL.csv')).toBe('msel-2024-msel');
    expect(scenarioIdOption(undefined, '___.csv')).toBe('imported');
  });

  it.each(['Port', 'port_exercise', '-port', 'port--x', '1port', ''])('refuses --id "%s"', (id) => {
    expect(() => scenarioIdOption(id, 'x.csv')).toThrow(`--id "${id}" is not a scenario id`);
  });
});
