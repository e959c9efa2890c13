import { useState } from 'react';
import { formatProblem } from '../../core/index';
import { desktopBridge } from '../bridge/index';
import { contentLibrary, type LibraryScenario } from '../content/index';
import { useOpenedDocuments, useTranslate } from '../state/index';
import { ExerciseList } from './ExerciseList';
import { ScenarioLibrary } from './ScenarioLibrary';
import { StartExercise } from './StartExercise';

const OPENABLE = ['.yaml', '.yml', '.csv', '.tsv', '.txt', '.xlsx', '.json'];

/** Home: the scenario library, files opened from disk, starting an exercise, and the exercises stored here. */
export function HomeScreen() {
  const t = useTranslate();
  const library = contentLibrary();
  const { opened, report, addOpened, showReport } = useOpenedDocuments();
  const [chosen, setChosen] = useState<LibraryScenario | null>(null);
  const scenarios: LibraryScenario[] = [
    ...library.scenarios,
    ...opened.map((entry) => ({
      source: entry.source,
      scenario: entry.scenario,
      openedFrom: entry.fileName,
    })),
  ];

  const openFile = async () => {
    const file = await desktopBridge().openFile(OPENABLE);
    if (!file) return;
    // Loaded on first use: the spreadsheet readers are a third of the app's code, and no other screen
    // needs them, so the console and the stations start without parsing them.
    const { openDocument } = await import('./open-document');
    const result = openDocument(file, library.playbook, new Date().toISOString().slice(0, 10));
    showReport({ fileName: file.name, ok: result.ok, lines: result.report });
    if (result.ok) {
      const entry = {
        kind: result.kind,
        fileName: file.name,
        scenario: result.scenario,
        source: result.source,
      };
      addOpened(entry);
      setChosen({ source: entry.source, scenario: entry.scenario });
    }
  };

  return (
    <main className="home">
      <div className="home-columns">
        <section aria-labelledby="library-heading">
          <div className="section-head">
            <h2 id="library-heading">{t('home.library')}</h2>
            <button
              type="button"
              className="secondary"
              onClick={() => void openFile()}
              title={t('home.openFileHint')}
            >
              {t('home.openFile')}
            </button>
          </div>
          <p className="muted">{t('home.libraryIntro')}</p>
          {library.problems.length > 0 ? (
            <div role="alert" className="problems">
              <h3>{t('home.contentProblems')}</h3>
              <ul>
                {library.problems.map((problem) => (
                  <li key={formatProblem(problem)}>{formatProblem(problem)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {report ? (
            <div role={report.ok ? 'status' : 'alert'} className={report.ok ? 'report' : 'problems report'}>
              <div className="section-head">
                <h3>{t('home.reportTitle', { file: report.fileName })}</h3>
                <button type="button" className="secondary" onClick={() => showReport(null)}>
                  {t('home.reportDismiss')}
                </button>
              </div>
              <pre>{report.lines.join('\n')}</pre>
            </div>
          ) : null}
          {chosen ? (
            <StartExercise
              key={chosen.scenario.id}
              scenario={chosen.scenario}
              source={chosen.source}
              playbook={library.playbook}
              playbookSources={library.playbookSources}
            />
          ) : null}
          <ScenarioLibrary
            scenarios={scenarios}
            onChoose={setChosen}
            chosenId={chosen?.scenario.id ?? null}
          />
        </section>
        <ExerciseList />
      </div>
    </main>
  );
}
