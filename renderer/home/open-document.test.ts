import { describe, expect, it } from 'vitest';
import { loadMiniPlaybook, miniScenarioText, replaceOnce } from '../../test/fixtures/fixtures';
import { openDocument } from './open-document';

const playbook = loadMiniPlaybook();
const bytes = (text: string) => new TextEncoder().encode(text);

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
    const csv =
      'Time,From,To,Subject,Message\nT+5,Press,ms-a,Port,Smoke over the port\nsoon,Press,ms-a,Bad,Row\n';
    const result = openDocument({ name: 'exercise.csv', bytes: bytes(csv) }, playbook, '2024-03-01');
    expect(result).toMatchObject({ ok: true, kind: 'msel' });
    const report = result.report.join('\n');
    expect(report).toContain('Columns (from the header row):');
    expect(report).toContain('row 3:');
    expect(report).toContain('T0 is 2024-03-01 09:00');
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
