import { create } from 'zustand';
import type { ScenarioDocument, SourceText } from '../../core/index';

export interface OpenedScenario {
  kind: 'scenario' | 'msel';
  fileName: string;
  scenario: ScenarioDocument;
  source: SourceText;
}

interface OpenedDocumentsState {
  /** Scenarios the controller opened from disk in this session, beside the bundled ones. */
  opened: OpenedScenario[];
  /** The last file's validation or import report, shown until dismissed. */
  report: { fileName: string; ok: boolean; lines: string[] } | null;
  addOpened: (entry: OpenedScenario) => void;
  showReport: (report: OpenedDocumentsState['report']) => void;
}

export const useOpenedDocuments = create<OpenedDocumentsState>((set) => ({
  opened: [],
  report: null,
  addOpened: (entry) =>
    set((state) => ({
      opened: [...state.opened.filter((other) => other.scenario.id !== entry.scenario.id), entry],
    })),
  showReport: (report) => set({ report }),
}));
