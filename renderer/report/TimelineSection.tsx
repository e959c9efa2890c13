import type { ReportOverview, TimelineEntry } from '../../core/index';
import { formatInWorld, formatScenarioClock, type EventWords } from '../components/index';
import { useLanguage, useTranslate, type Translator } from '../state/index';
import { ReportSection } from './ReportSection';

interface TimelineSectionProps {
  timeline: readonly TimelineEntry[];
  inWorldStart: ReportOverview['inWorldStart'];
  words: EventWords;
}

/**
 * The most entries the document lists. A real exercise has a few hundred key events; a generated one of
 * 100,000 events has tens of thousands, a timeline no one reads on paper and one Chromium cannot print. Past
 * this, the document says how many it left out and where they all are.
 */
export const TIMELINE_LIMIT = 2000;

/** The key events and decisions in the order they happened, in scenario time and the world's own time. */
export function TimelineSection({ timeline, inWorldStart, words }: TimelineSectionProps) {
  const t = useTranslate();
  const language = useLanguage();
  const shown = timeline.slice(0, TIMELINE_LIMIT);
  return (
    <ReportSection id="timeline" title={t('report.section.timeline')}>
      {timeline.length === 0 ? (
        <p>{t('report.timeline.none')}</p>
      ) : (
        <table className="report-table report-timeline">
          <thead>
            <tr>
              <th scope="col">{t('report.timeline.when')}</th>
              <th scope="col">{t('report.timeline.inWorld')}</th>
              <th scope="col">{t('report.timeline.what')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr key={`${entry.kind} ${entry.at.seq}`} className={`timeline-${entry.kind}`}>
                <td className="report-number">{formatScenarioClock(entry.at.scenarioMs)}</td>
                <td>{formatInWorld(inWorldStart, entry.at.scenarioMs, language)}</td>
                <td>{entryText(entry, words, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown.length < timeline.length ? (
        <p className="report-note">
          {t('report.timeline.more', { shown: shown.length, total: timeline.length })}
        </p>
      ) : null}
    </ReportSection>
  );
}

/** One timeline entry in words: who did what, in the playbook's and the scenario's own titles. */
export function entryText(entry: TimelineEntry, words: EventWords, t: Translator): string {
  switch (entry.kind) {
    case 'phase':
      return t('report.timeline.phase', {
        phase: entry.states.map((state) => words.state(entry.machine, state)).join(', '),
      });
    case 'mechanism-started':
      return t('report.timeline.started', { mechanism: words.mechanism(entry.actorKey) });
    case 'decision': {
      const notes = [
        entry.playedBy ? t('report.timeline.playedBy', { by: words.role(entry.playedBy) }) : null,
        entry.answersInject ? t('report.timeline.answers', { inject: entry.answersInject }) : null,
        entry.voided ? t('report.timeline.voidedFlag') : null,
      ].filter((note) => note !== null);
      const text = t('report.timeline.decision', {
        role: words.role(entry.role),
        decision: words.decision(entry.machine, entry.event),
        mechanism: words.mechanism(entry.actorKey),
      });
      return notes.length > 0 ? `${text} — ${notes.join('; ')}` : text;
    }
    case 'voided':
      return t('report.timeline.voided', {
        id: entry.decisionId,
        decision: words.decision(entry.machine, entry.event),
        mechanism: words.mechanism(entry.machine),
        reason: entry.reason,
      });
    case 'inject-released':
      return t('report.timeline.inject', {
        id: entry.injectId,
        to: entry.to.map((role) => words.role(role)).join(', '),
        title: entry.title,
      });
    case 'ended':
      return t('report.timeline.ended');
  }
}
