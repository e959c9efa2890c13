import './report.css';
import type { JournalSeal, ReportModel } from '../../core/index';
import { LegalClocksChart } from '../charts/index';
import type { EventWords } from '../components/index';
import { useLanguage, useTranslate } from '../state/index';
import { AnnexSection } from './AnnexSection';
import { CoordinationSection } from './CoordinationSection';
import { ObjectivesSection } from './ObjectivesSection';
import { OverviewSection } from './OverviewSection';
import { PlanSection } from './PlanSection';
import { ReportSection } from './ReportSection';
import { sealSentence } from './report-seal';
import { TimelineSection } from './TimelineSection';

export interface ReportDocumentProps {
  report: ReportModel;
  /** The exercise's content in words (`eventWordsFrom(models.content)`): roles, mechanisms, decisions. */
  words: EventWords;
  /**
   * The record the report was drawn from (issue 25); null where it cannot be had (the document says where to
   * get a report that carries it); absent, not shown (not yet asked for).
   */
  seal?: JournalSeal | null | undefined;
}

/** The sections in order: what the contents list and the document render. */
const SECTIONS = [
  'overview',
  'objectives',
  'timeline',
  'coordination',
  'legalClocks',
  'plan',
  'annex',
] as const;

/**
 * The after-action report and improvement plan (HSEEP's AAR/IP) as a document, drawn from the report model
 * alone, so the HTML, the PDF and report.json say the same. Static: no effects, no buttons, every chart with
 * its table, so it renders the same in the app, to a file (`renderToStaticMarkup`) and on paper.
 */
export function ReportDocument({ report, words, seal }: ReportDocumentProps) {
  const t = useTranslate();
  const language = useLanguage();
  const { overview } = report;
  const organisationNames = new Map(
    overview.organisations.map((organisation) => [organisation.organisation, organisation.name]),
  );
  const organisationName = (id: string) => organisationNames.get(id) ?? id;
  const objectiveTitles = new Map(
    report.objectives.map((objective) => [objective.objectiveId, objective.title]),
  );
  const objectiveTitle = (id: string) => {
    const title = objectiveTitles.get(id);
    return title ? `${id}: ${title}` : id;
  };
  return (
    <article className="report-document" aria-labelledby="report-title">
      <header className="report-head">
        <p className="report-marking">{overview.marking.toUpperCase()}</p>
        <h1 id="report-title">{t('report.title')}</h1>
        <p className="report-exercise">{overview.name}</p>
        <p className="report-muted">{overview.scenarioTitle}</p>
        <p className="report-muted">{t('report.generated', { events: overview.events })}</p>
        <p className="report-muted">{t('report.figuresNote')}</p>
        {seal === undefined ? null : (
          <p className="report-muted report-seal">{sealSentence(seal, language)}</p>
        )}
      </header>
      <nav className="report-contents" aria-labelledby="report-contents-heading">
        <h2 id="report-contents-heading">{t('report.contents')}</h2>
        <ol>
          {SECTIONS.map((section) => (
            <li key={section}>
              <a href={`#report-${section}`}>{t(`report.section.${section}`)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <OverviewSection overview={overview} />
      <ObjectivesSection
        objectives={report.objectives}
        unassigned={report.unassignedObservations}
        words={words}
      />
      <TimelineSection timeline={report.timeline} inWorldStart={overview.inWorldStart} words={words} />
      <CoordinationSection
        coordination={report.coordination}
        metrics={report.metricsAnnex}
        organisationName={organisationName}
      />
      <ReportSection id="legalClocks" title={t('report.section.legalClocks')}>
        <LegalClocksChart metrics={report.metricsAnnex} words={words} initialView="both" />
      </ReportSection>
      <PlanSection actions={report.improvementPlan} objectiveTitle={objectiveTitle} />
      <AnnexSection metrics={report.metricsAnnex} words={words} />
      <footer className="report-foot">
        <p className="report-marking">{overview.marking.toUpperCase()}</p>
      </footer>
    </article>
  );
}
