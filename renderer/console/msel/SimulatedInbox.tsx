import { formatScenarioClock } from '../../components/index';
import { useTranslate } from '../../state/index';
import type { InjectDraft } from '../../../core/index';
import type { MselWorld } from './use-msel-world';

/** The newest messages shown; older ones stay in the log and the after-action review. */
const SHOWN = 20;

interface SimulatedInboxProps {
  world: MselWorld;
  disabled: boolean;
  onReply: (draft: InjectDraft) => void;
}

/** Messages players sent to simulated actors, newest first, each answerable as that actor. */
export function SimulatedInbox({ world, disabled, onReply }: SimulatedInboxProps) {
  const t = useTranslate();
  const messages = world.toSimulated.slice(-SHOWN).reverse();
  return (
    <section aria-labelledby="msel-replies-heading" className="msel-inbox">
      <h3 id="msel-replies-heading">{t('msel.replies.heading')}</h3>
      {messages.length === 0 ? <p className="muted">{t('msel.replies.none')}</p> : null}
      <ul>
        {messages.map((message) => (
          <li key={`${message.messageId}-${message.to}`}>
            <span>
              {t('msel.replies.item', {
                time: formatScenarioClock(message.scenarioMs),
                from: world.roleTitle(message.from),
                to: world.roleTitle(message.to),
                subject: message.subject,
              })}
            </span>
            <button
              type="button"
              className="secondary"
              disabled={disabled}
              onClick={() =>
                onReply({
                  title: t('msel.compose.reply', { subject: message.subject }),
                  text: '',
                  from: message.to,
                  to: [message.from],
                  channel: 'email',
                  marking: message.marking,
                  priority: 'routine',
                })
              }
            >
              {t('msel.replies.reply', { role: world.roleTitle(message.to) })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
