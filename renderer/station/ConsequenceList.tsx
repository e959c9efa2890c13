import type { Consequence } from '../../core/index';
import { useTranslate } from '../state/index';

/** A decision's consequences, worded in the reader's language around the playbook's own names. */
export function ConsequenceList({ items }: { items: readonly Consequence[] }) {
  const t = useTranslate();
  if (items.length === 0) return <p className="muted">{t('station.decisionNoConsequences')}</p>;
  const condition = (text: string | null) => (text ? ` (${t('station.consIf', { condition: text })})` : '');
  return (
    <ul className="consequences">
      {items.map((item, index) => {
        switch (item.kind) {
          case 'enters':
            return (
              <li key={index}>
                {t('station.consEnters', { machine: item.machineTitle, state: item.state.name })}
                {condition(item.condition)}
                {item.state.description ? `: ${item.state.description}` : ''}
                {item.note ? <span className="muted"> — {item.note}</span> : null}
              </li>
            );
          case 'stays':
            return (
              <li key={index}>
                {t('station.consStays', { machine: item.machineTitle })}
                {condition(item.condition)}
                {item.note ? <span className="muted"> — {item.note}</span> : null}
              </li>
            );
          case 'route':
            return (
              <li key={index}>
                {t('station.consRoute', { machine: item.machineTitle, event: item.eventTitle })}
                {item.states.length > 0
                  ? ` (${t('station.consRouteTo', { states: item.states.map((state) => state.name).join(' / ') })})`
                  : ''}
                <span className="muted"> — {item.description}</span>
              </li>
            );
          case 'timer':
            return (
              <li key={index}>
                {t('station.consTimer', { timer: item.timer, duration: item.duration, state: item.state })}
                {item.then ? `, ${t('station.consTimerThen', { state: item.then })}` : ''}
              </li>
            );
          case 'window':
            return (
              <li key={index}>{t('station.consWindow', { expected: item.expected, title: item.title })}</li>
            );
        }
      })}
    </ul>
  );
}
