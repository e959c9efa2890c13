import type { ReactNode } from 'react';
import { MarkingBadge } from '../components/index';
import type { MessageKey } from '../i18n/index';
import { useTranslate } from '../state/index';
import type { InboxItem } from './inbox-items';
import './channel.css';

export interface ChannelItemProps {
  item: InboxItem;
  fromTitle: string;
  toTitles: string[];
  /** When it arrived, as the reader reads time: in-world date and scenario time. */
  time: string;
  /** The subject of the message it answers, for role-to-role messages. */
  replyToSubject?: string | null;
  /** The titles of the injects it refers to, as this station knows them (never their ids). */
  injectRefTitles?: readonly string[];
}

function Header({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="channel-header">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Body({ text }: { text: string }) {
  return (
    <div className="channel-body">
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

/** A handle as a platform shows it, from the sender's name: "Evening Courier" → "@EveningCourier". */
function handleOf(name: string): string {
  return `@${name.replace(/[^\p{L}\p{N}]+/gu, '')}`;
}

/**
 * One inbox item drawn the way its channel looks in real life (an e-mail as an e-mail, news as an article,
 * a cable as a cable …), so participants read it as they would at work; the content is the inject's own.
 */
export function ChannelItem({
  item,
  fromTitle,
  toTitles,
  time,
  replyToSubject,
  injectRefTitles = [],
}: ChannelItemProps) {
  const t = useTranslate();
  const to = toTitles.join(', ');
  const marking = item.marking ?? '';
  const channelName = t(`channel.${item.channel}` as MessageKey);
  const classification = (
    <p className="channel-classification">
      <MarkingBadge marking={item.marking} />
    </p>
  );
  const title = <h3 className="channel-title">{item.title}</h3>;
  switch (item.channel) {
    case 'news':
      return (
        <article className="channel channel-news" aria-label={channelName}>
          <p className="channel-kicker">{channelName}</p>
          <h3 className="news-headline">{item.title}</h3>
          <p className="news-byline">
            {t('channel.newsByline', { outlet: fromTitle })} · {t('channel.newsDateline', { time })}
          </p>
          <Body text={item.text} />
        </article>
      );
    case 'social-media':
      return (
        <article className="channel channel-post" aria-label={channelName}>
          <p className="post-author">
            <strong>{fromTitle}</strong> <span className="muted">{handleOf(fromTitle)}</span>
          </p>
          <p className="post-text">{item.text}</p>
          <p className="post-engagement muted">{t('channel.postReach', { time })}</p>
        </article>
      );
    case 'intelligence-report':
    case 'diplomatic-cable':
    case 'sitrep': {
      const heading =
        item.channel === 'intelligence-report'
          ? t('channel.intelHeading')
          : item.channel === 'sitrep'
            ? t('channel.sitrepHeading')
            : t('channel.cableHeading');
      return (
        <article className={`channel channel-${item.channel}`} aria-label={channelName}>
          {classification}
          <p className="channel-kicker">{heading}</p>
          <Header
            rows={[
              [t('channel.from'), fromTitle],
              [t('channel.to'), to],
              [t('channel.date'), time],
              ...(item.channel === 'diplomatic-cable'
                ? ([[t('channel.cablePrecedence'), item.priority.toUpperCase()]] as [string, ReactNode][])
                : []),
              [t('channel.subject'), item.title],
            ]}
          />
          {item.channel === 'intelligence-report' ? (
            <p className="intel-grading">
              {t('channel.intelSource', { source: fromTitle })} — {t('channel.intelGrading')}
            </p>
          ) : null}
          {item.channel === 'sitrep' ? <p className="muted">{t('channel.sitrepAsOf', { time })}</p> : null}
          <Body text={item.text} />
          {classification}
        </article>
      );
    }
    case 'official-request':
      return (
        <article className="channel channel-request" aria-label={channelName}>
          <p className="letter-from">{fromTitle}</p>
          <p className="letter-meta">
            {time} · <MarkingBadge marking={item.marking} />
          </p>
          <p className="letter-to">
            {t('channel.to')}: {to}
          </p>
          <p className="channel-kicker">{t('channel.requestHeading')}</p>
          {title}
          <Body text={item.text} />
          <p className="letter-closing muted">{t('channel.requestClosing')}</p>
        </article>
      );
    case 'phone':
      return (
        <article className="channel channel-phone" aria-label={channelName}>
          <p className="channel-kicker">{t('channel.phoneHeading')}</p>
          <Header
            rows={[
              [t('channel.phoneCaller'), fromTitle],
              [t('channel.phoneTakenBy'), to],
              [t('channel.phoneTime'), time],
            ]}
          />
          {title}
          <Body text={item.text} />
        </article>
      );
    case 'meeting':
    case 'video-conference':
      return (
        <article className={`channel channel-${item.channel}`} aria-label={channelName}>
          <p className="channel-kicker">
            {item.channel === 'meeting' ? t('channel.meetingHeading') : t('channel.videoHeading')}
          </p>
          {title}
          <Header
            rows={[
              [t('channel.convenedBy'), fromTitle],
              [t('channel.participants'), to],
              [t('channel.date'), time],
            ]}
          />
          <Body text={item.text} />
        </article>
      );
    case 'platform-alert':
      return (
        <article className="channel channel-alert" aria-label={channelName}>
          <p className="alert-strip">
            {t('channel.alertHeading')} · <MarkingBadge marking={item.marking} />
          </p>
          {title}
          <p className="muted">{t('channel.alertRaisedBy', { source: fromTitle, time })}</p>
          <Body text={item.text} />
        </article>
      );
    default:
      // E-mail, and messages between roles, which are e-mail-like by nature.
      return (
        <article className="channel channel-email" aria-label={channelName}>
          <Header
            rows={[
              [t('channel.from'), fromTitle],
              [t('channel.to'), to],
              [t('channel.date'), time],
              [t('channel.subject'), item.title],
              [t('channel.classification'), marking],
              ...(replyToSubject
                ? ([[t('channel.inReplyTo'), replyToSubject]] as [string, ReactNode][])
                : []),
              ...(injectRefTitles.length > 0
                ? ([[t('channel.injectRefs'), injectRefTitles.join('; ')]] as [string, ReactNode][])
                : []),
            ]}
          />
          <Body text={item.text} />
        </article>
      );
  }
}
