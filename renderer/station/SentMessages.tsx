import type { MessageKey } from '../i18n/index';
import { MarkingBadge } from '../components/index';
import { useTranslate } from '../state/index';
import type { RecipientOutcome, SentItem } from './sent-items';

const OUTCOME_KEYS: Record<RecipientOutcome, MessageKey> = {
  delivered: 'station.outcome.delivered',
  read: 'station.outcome.read',
  blocked: 'station.outcome.blocked',
};

export interface SentMessagesProps {
  items: readonly SentItem[];
  roleTitle: (role: string) => string;
  timeOf: (scenarioMs: number) => string;
}

/** The messages this station sent, newest first, each recipient with what became of it: delivered, read, blocked. */
export function SentMessages({ items, roleTitle, timeOf }: SentMessagesProps) {
  const t = useTranslate();
  return (
    <section className="station-panel station-sent" aria-labelledby="station-sent-title">
      <h2 id="station-sent-title">{t('station.sent')}</h2>
      {items.length === 0 ? <p className="muted">{t('station.sentNone')}</p> : null}
      <ul className="sent-list">
        {items.map((item) => (
          <li key={item.messageId} aria-label={item.subject}>
            <div>
              <strong>{item.subject}</strong> <MarkingBadge marking={item.marking} />{' '}
              <span className="muted">{timeOf(item.scenarioMs)}</span>
            </div>
            <ul
              className="sent-recipients"
              aria-label={t('station.sentRecipients', { subject: item.subject })}
            >
              {item.recipients.map((recipient) => (
                <li key={recipient.role} className={`sent-${recipient.outcome}`}>
                  {roleTitle(recipient.role)}: {t(OUTCOME_KEYS[recipient.outcome])}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
