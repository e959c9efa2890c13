import type { ComparedFigure } from '../../../core/index';
import { useTranslate } from '../../state/index';
import {
  differs,
  figureLabel,
  formatDifference,
  sideValue,
  verdictWord,
  type FigureNames,
} from './figure-words';

/**
 * The comparison chart's table body: a row per figure with this run's value, the other's, the difference
 * and the verdict in words. A row that differs is marked by its class (a bar down its edge) and its verdict
 * set in bold, so the mark never rests on colour alone.
 */
export function CompareRows({ figures, names }: { figures: readonly ComparedFigure[]; names: FigureNames }) {
  const t = useTranslate();
  return (
    <tbody>
      {figures.map((figure) => {
        const marked = differs(figure);
        return (
          <tr
            key={figure.key}
            data-figure={figure.key}
            data-verdict={figure.verdict}
            className={marked ? 'compare-differs' : figure.beforeBranch ? 'compare-shared' : undefined}
          >
            <th scope="row">{figureLabel(figure.subject, t, names)}</th>
            <td>{sideValue(figure, 'a', t)}</td>
            <td>{sideValue(figure, 'b', t)}</td>
            <td>{formatDifference(figure.difference, figure.unit, t)}</td>
            <td className={`compare-verdict compare-verdict-${figure.verdict}`}>
              {marked ? <strong>{verdictWord(figure, t)}</strong> : verdictWord(figure, t)}
            </td>
          </tr>
        );
      })}
    </tbody>
  );
}
