import type { ComparedFigure, FigureSubject, FigureUnit } from '../../../core/index';
import { formatDuration, type EventWords } from '../../components/index';
import type { Translator } from '../../state/index';
import { organisationLabel, type OrganisationName } from '../../charts/index';

/** What names a figure's subject: the content's words for roles and mechanisms, the parties' for bodies. */
export interface FigureNames {
  words: EventWords;
  organisationName: OrganisationName;
}

/** A figure's name as a reader says it: "Crisis mechanism: Detect", "Member State A: injects acknowledged". */
export function figureLabel(subject: FigureSubject, t: Translator, names: FigureNames): string {
  const { words } = names;
  switch (subject.kind) {
    case 'stage':
      return `${subject.mechanism === null ? t('compare.subject.allMechanisms') : words.mechanism(subject.mechanism)}: ${t(`charts.stage.${subject.stage}`)}`;
    case 'window':
    case 'legal-clock':
      // The window's title is the playbook's own, as the review's charts write it.
      return `${words.mechanism(subject.actorKey)}: ${subject.title}`;
    case 'acknowledgement':
      return t(subject.measure === 'median' ? 'compare.subject.ackMedian' : 'compare.subject.ackCount', {
        role: words.role(subject.role),
      });
    case 'expected':
      return t(`compare.subject.expected.${subject.measure}`);
    case 'organisation-pair': {
      const from = organisationLabel(subject.fromOrg, t, names.organisationName);
      const to = organisationLabel(subject.toOrg, t, names.organisationName);
      return subject.euNato ? t('compare.subject.pairEuNato', { from, to }) : `${from} → ${to}`;
    }
    case 'eu-nato':
      return t(`compare.subject.euNato.${subject.measure}`);
  }
}

/** A share as the review's charts write one: a whole percentage. */
const percent = (ratio: number) => `${Math.round(ratio * 100)} %`;

/** A figure's value in its unit: a span of scenario time, a whole count, a ratio as a percentage; `—` for none. */
export function formatValue(value: number | null, unit: FigureUnit): string {
  if (value === null) return '—';
  if (unit === 'ms') return formatDuration(value);
  if (unit === 'ratio') return percent(value);
  return String(Math.round(value));
}

/**
 * A difference with its sign, so a reader need not work out which way it goes: `+1h 30m`, `−2`, `+25 pp`
 * (a change of a percentage is in points, not a percentage of it); `—` where one run has no value.
 */
export function formatDifference(difference: number | null, unit: FigureUnit, t: Translator): string {
  if (difference === null) return '—';
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '';
  const size = Math.abs(difference);
  if (unit === 'ms') return `${sign}${formatDuration(size)}`;
  if (unit === 'ratio') return t('compare.points', { value: `${sign}${Math.round(size * 100)}` });
  return `${sign}${Math.round(size)}`;
}

/** One run's value of a figure as the table writes it, with a window's outcome beside its time. */
export function sideValue(figure: ComparedFigure, side: 'a' | 'b', t: Translator): string {
  const value = formatValue(figure[side], figure.unit);
  const status = figure.status?.[side] ?? null;
  if (status === null) return value;
  // A window still open or missed has no time to give: its outcome alone says how it stands.
  if (figure[side] === null) return t(`charts.window.${status}`);
  return t('compare.value.withStatus', { value, status: t(`charts.window.${status}`) });
}

/** How this run stands against the other on a figure, in words; a figure settled before the branch is shared. */
export function verdictWord(figure: ComparedFigure, t: Translator): string {
  return figure.beforeBranch ? t('compare.verdict.shared') : t(`compare.verdict.${figure.verdict}`);
}

/** A figure that differs between the runs: marked in the chart and the table. */
export const differs = (figure: ComparedFigure) => figure.verdict !== 'same';
