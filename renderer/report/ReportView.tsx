import { useEffect, useMemo, useRef, useState } from 'react';
import {
  buildReport,
  DATA_TABLE_NAMES,
  metricsOf,
  tableFileStem,
  type EventSummary,
  type ExerciseEvent,
  type ExerciseReadModels,
  type JournalSeal,
  type StationEvent,
} from '../../core/index';
import { desktopBridge } from '../bridge/index';
import { LANGUAGE_REGISTRY } from '../i18n/index';
import { DocumentLanguageProvider, useLanguage, useTranslate } from '../state/index';
import { reportFileName } from './report-file-name';
import type { ExportKind } from './report-files';
import { ReportDocument } from './ReportDocument';
import { reportWords } from './report-words';
import { sealFootnote } from './report-seal';

/** What the report takes from the log besides its read models. */
export interface ReportLog {
  /** The exercise's marking (`exercise.created`'s): on the document's first and last lines and every page. */
  marking: string;
  /** The log's events as the events table lists them: read when a data export is saved, not on each render. */
  events(): readonly EventSummary[];
  /**
   * The journal's head after its first `lines` events, from the host that keeps it (issue 25): printed on the
   * report's every page. Absent where the host cannot be asked (an evaluator station).
   */
  seal?: (lines: number) => Promise<JournalSeal>;
}

export interface ReportViewProps {
  /** The read models of the whole log: the console's, or the evaluator station's own copy. */
  models: ExerciseReadModels;
  log: ReportLog;
}

/** The exercise's marking as `exercise.created` set it; EXERCISE, the engine's default, without one. */
export function markingOf(events: readonly (ExerciseEvent | StationEvent)[]): string {
  const created = events.find((event) => event.type === 'exercise.created');
  return (created?.type === 'exercise.created' && created.payload.exerciseMarking) || 'EXERCISE';
}

/** Who is printing now: the class that hides the rest of the page from the printer (report.css). */
const PRINTING = 'printing-report';

/**
 * The report in the review (issue 24 §2): the document as it will be saved, in the language chosen for it,
 * and the buttons that save it as HTML, print it (the desktop app's print-to-PDF, the browser's print), and
 * save the data as XLSX, JSON or one CSV per table. The figures are the read models', as metrics.json's.
 */
export function ReportView({ models, log }: ReportViewProps) {
  const t = useTranslate();
  const [language, setLanguage] = useState(useLanguage());
  const [status, setStatus] = useState<{ text: string; problem: boolean } | null>(null);
  const [printJob, setPrintJob] = useState<{
    fileName: string;
    marking: string;
    footnote?: string | undefined;
  } | null>(null);
  // Null where the head cannot be had (the document says so); undefined until it is first asked for.
  const [seal, setSeal] = useState<JournalSeal | null | undefined>(log.seal ? undefined : null);
  // The log as last rendered: its seal is asked for when the count changes, not whenever a parent re-renders.
  const logNow = useRef(log);
  logNow.current = log;
  const count = models.facts.count;
  const { marking } = log;
  const metrics = useMemo(() => metricsOf(models), [models, count]);
  const report = useMemo(() => buildReport(models, metrics, { marking }), [models, metrics, marking]);
  const words = useMemo(() => reportWords(models.content, language), [models.content, language]);

  /** The head after the events the report covers now; null where it cannot be had (the report says so). */
  const currentSeal = async (): Promise<JournalSeal | null> => {
    const fetched = (await logNow.current.seal?.(count).catch(() => null)) ?? null;
    setSeal(fetched);
    return fetched;
  };
  // Once ended the log is final: the preview shows the head its files and prints will carry.
  useEffect(() => {
    if (models.facts.ended) void currentSeal();
  }, [models.facts.ended, count]); // currentSeal reads the latest log through its ref

  const print = async () => {
    const fetched = await currentSeal();
    setPrintJob({
      fileName: reportFileName(report.overview.exerciseId, `report-${language}`, 'pdf'),
      marking,
      footnote: fetched ? sealFootnote(fetched, language) : undefined,
    });
  };

  const save = async (kind: ExportKind) => {
    try {
      const { exportFile } = await import('./report-files');
      const fetched = kind === 'html' ? await currentSeal() : null;
      const file = exportFile(kind, {
        events: log.events(),
        models,
        metrics,
        report,
        language,
        seal: fetched,
      });
      await desktopBridge().saveFile(file.name, file.data, file.mimeType);
      setStatus({ text: t('report.export.saved', { file: file.name }), problem: false });
    } catch (error) {
      setStatus({ text: t('report.export.failed', { reason: String(error) }), problem: true });
    }
  };

  // The print waits for the page to show only the report: the class is set once React has painted the job.
  // One job per click: the report growing meanwhile (a running exercise) never prints it twice.
  useEffect(() => {
    if (!printJob) return;
    const body = document.body;
    body.classList.add(PRINTING);
    desktopBridge()
      .printToPdf(printJob)
      .then(
        (done) =>
          setStatus({
            text: done
              ? t('report.export.printed', { file: printJob.fileName })
              : t('report.export.cancelled'),
            problem: false,
          }),
        (error: unknown) =>
          setStatus({ text: t('report.export.failed', { reason: String(error) }), problem: true }),
      )
      .finally(() => {
        body.classList.remove(PRINTING);
        setPrintJob(null);
      });
  }, [printJob]); // t is read when the job ends: a new language is no reason to print again

  return (
    <section aria-labelledby="report-export-heading" className="report-view">
      <h3 id="report-export-heading">{t('report.export.heading')}</h3>
      <p className="muted">{t('report.export.intro')}</p>
      {models.facts.ended ? null : <p className="muted">{t('report.export.running')}</p>}
      <div className="report-actions">
        <label className="field inline">
          {t('report.export.language')}
          <select value={language} onChange={(event) => setLanguage(event.target.value)}>
            {LANGUAGE_REGISTRY.codes.map((code) => (
              <option key={code} value={code}>
                {LANGUAGE_REGISTRY.names[code]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void save('html')}>
          {t('report.export.html')}
        </button>
        <button type="button" onClick={() => void print()} disabled={printJob !== null}>
          {t('report.export.pdf')}
        </button>
        <button type="button" className="secondary" onClick={() => void save('xlsx')}>
          {t('report.export.xlsx')}
        </button>
        <button type="button" className="secondary" onClick={() => void save('json')}>
          {t('report.export.json')}
        </button>
      </div>
      <div role="group" aria-label={t('report.export.csv')} className="report-actions">
        <span>{t('report.export.csv')}:</span>
        {DATA_TABLE_NAMES.map((table) => (
          <button key={table} type="button" className="secondary" onClick={() => void save({ csv: table })}>
            {t('report.export.csvOne', { table: tableFileStem(table) })}
          </button>
        ))}
      </div>
      <p role="status" className={status?.problem ? 'problems' : 'muted'}>
        {status?.text ?? ''}
      </p>
      <div className="report-print-area" aria-label={t('report.export.preview')} role="region">
        <DocumentLanguageProvider value={language}>
          <ReportDocument report={report} words={words} seal={seal} />
        </DocumentLanguageProvider>
      </div>
    </section>
  );
}
