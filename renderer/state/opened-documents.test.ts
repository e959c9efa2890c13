import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioDocument } from '../../core/index';
import { useOpenedDocuments, type OpenedScenario } from './opened-documents';

/** An opened file: only the scenario's id matters to the store. */
const opened = (id: string, fileName: string): OpenedScenario => ({
  kind: 'scenario',
  fileName,
  scenario: { id } as ScenarioDocument,
  source: { path: fileName, text: '' },
});

afterEach(() => useOpenedDocuments.setState({ opened: [], report: null }));

describe('the opened documents', () => {
  it('adds each scenario opened, and replaces one opened again under the same id, moving it last', () => {
    const { addOpened } = useOpenedDocuments.getState();
    addOpened(opened('port', 'port.yaml'));
    addOpened(opened('cyber', 'cyber.yaml'));
    addOpened(opened('port', 'port-v2.yaml'));
    expect(useOpenedDocuments.getState().opened.map((entry) => entry.fileName)).toEqual([
      'cyber.yaml',
      'port-v2.yaml',
    ]);
  });

  it('shows the last report until it is put away', () => {
    const { showReport } = useOpenedDocuments.getState();
    showReport({ fileName: 'msel.csv', ok: false, lines: ['row 3: no time'] });
    expect(useOpenedDocuments.getState().report).toEqual({
      fileName: 'msel.csv',
      ok: false,
      lines: ['row 3: no time'],
    });
    showReport(null);
    expect(useOpenedDocuments.getState().report).toBeNull();
  });
});
