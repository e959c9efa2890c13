import { AGENT_POLICIES, type EventPayload, type EventType } from '../../core/index';
import type { Translator } from '../state/index';
import type { EventWords } from './event-words';
import { formatScenarioClock } from './time-format';

/** What a describer reads of an event besides its payload: who acted (the role played, when one was). */
export interface DescribedEvent<K extends EventType = EventType> {
  type: K;
  payload: EventPayload<K>;
  actor: { role: string; actingAs: string | null } | null;
}

interface Say {
  t: Translator;
  words: EventWords;
  /** The role behind the event in words: the role played when one was, else the role that acted. */
  actor: string;
  list: (roles: readonly string[]) => string;
}

type Describer<K extends EventType> = (payload: EventPayload<K>, say: Say) => string;

/**
 * One sentence per event type, for a person reading the exercise's events. Keyed by every type of the event
 * map, so a new event type does not compile until it has its sentence.
 */
const DESCRIBERS: { [K in EventType]: Describer<K> } = {
  'exercise.created': (payload, { t }) => t('events.say.created', { name: payload.name }),
  'exercise.started': (_, { t }) => t('events.say.started'),
  'clock.paused': (payload, { t }) =>
    t(payload.cause === 'no-play' ? 'events.say.pausedNoPlay' : 'events.say.paused'),
  'clock.resumed': (payload, { t }) =>
    t(payload.afterRestart ? 'events.say.resumedAfterRestart' : 'events.say.resumed'),
  'clock.speed-changed': (payload, { t }) =>
    payload.speed === 'max' ? t('events.say.speedMax') : t('events.say.speed', { speed: payload.speed }),
  'clock.jumped': (payload, { t }) =>
    t('events.say.jumped', {
      from: formatScenarioClock(payload.fromMs),
      to: formatScenarioClock(payload.toMs),
    }),
  'exercise.ended': (_, { t }) => t('events.say.ended'),
  'exercise.branched': (payload, { t }) =>
    t('events.say.branched', { name: payload.name, origin: payload.origin.name, seq: payload.atSeq }),
  'no-play.started': (payload, { t }) => t('events.say.noPlay', { notice: payload.notice }),
  'no-play.lifted': (_, { t }) => t('events.say.noPlayLifted'),
  'mechanism.started': (payload, { t, words }) =>
    t('events.say.mechanismStarted', {
      mechanism: words.mechanism(payload.actorKey),
      state: words.state(payload.machine, payload.value),
    }),
  'mechanism.transitioned': (payload, { t, words }) =>
    t('events.say.transitioned', {
      mechanism: words.mechanism(payload.actorKey),
      from: words.state(payload.machine, payload.from),
      to: words.state(payload.machine, payload.to),
    }),
  'timer.scheduled': (payload, { t, words }) =>
    t('events.say.timerScheduled', {
      mechanism: words.mechanism(payload.actorKey),
      delay: payload.delay,
      due: formatScenarioClock(payload.dueMs),
    }),
  'timer.cancelled': (_, { t }) => t('events.say.timerCancelled'),
  'timer.fired': (payload, { t, words }) =>
    t('events.say.timerFired', { mechanism: words.mechanism(payload.actorKey), delay: payload.delay }),
  'route.sent': (payload, { t, words }) =>
    t('events.say.route', {
      from: words.mechanism(payload.fromActor),
      to: words.mechanism(payload.toActor),
      event: words.decision(payload.toActor.split('#')[0] ?? payload.toActor, payload.event),
    }),
  'decision.taken': (payload, { t, words, actor }) =>
    t('events.say.decision', {
      role: actor,
      decision: words.decision(payload.machine, payload.event),
      mechanism: words.mechanism(payload.actorKey),
    }),
  'decision.voided': (payload, { t }) => t('events.say.decisionVoided', { reason: payload.reason }),
  'inject.triggered': (payload, { t, words }) =>
    t('events.say.triggered', {
      inject: words.inject(payload.injectId),
      due: formatScenarioClock(payload.dueMs),
    }),
  'inject.rescheduled': (payload, { t, words }) =>
    t('events.say.rescheduled', {
      inject: words.inject(payload.injectId),
      due: formatScenarioClock(payload.dueMs),
    }),
  'inject.edited': (payload, { t, words }) =>
    t('events.say.edited', { inject: words.inject(payload.injectId) }),
  'inject.held': (payload, { t, words }) => t('events.say.held', { inject: words.inject(payload.injectId) }),
  'inject.skipped': (payload, { t, words }) =>
    t('events.say.skipped', { inject: words.inject(payload.injectId) }),
  'inject.released': (payload, { t, list }) =>
    t('events.say.released', { title: payload.content.title, recipients: list(payload.content.to) }),
  'inject.delivered': (payload, { t, words }) =>
    t('events.say.delivered', { title: payload.content.title, role: words.role(payload.role) }),
  'inject.blocked': (payload, { t, words }) =>
    t('events.say.injectBlocked', {
      inject: words.inject(payload.injectId),
      role: words.role(payload.role),
      marking: payload.marking,
    }),
  'inject.acknowledged': (payload, { t, words }) =>
    t('events.say.acknowledged', { role: words.role(payload.role), inject: words.inject(payload.injectId) }),
  'expected-action.met': (payload, { t, words }) =>
    t('events.say.actionMet', {
      role: words.role(payload.role),
      action: words.action(payload.injectId, payload.actionId),
      inject: words.inject(payload.injectId),
    }),
  'expected-action.missed': (payload, { t, words }) =>
    t('events.say.actionMissed', {
      action: words.action(payload.injectId, payload.actionId),
      inject: words.inject(payload.injectId),
    }),
  'expected-action.marked': (payload, { t, words }) =>
    t(payload.met ? 'events.say.actionMarkedMet' : 'events.say.actionMarkedUnmet', {
      action: words.action(payload.injectId, payload.actionId),
      inject: words.inject(payload.injectId),
    }),
  'message.sent': (payload, { t, words, list }) =>
    t('events.say.messageSent', {
      from: words.role(payload.from),
      subject: payload.subject,
      to: list(payload.to),
    }),
  'message.delivered': (payload, { t, words }) =>
    t('events.say.messageDelivered', {
      subject: payload.subject,
      from: words.role(payload.from),
      role: words.role(payload.role),
    }),
  'message.blocked': (payload, { t, words }) =>
    t('events.say.messageBlocked', {
      from: words.role(payload.from),
      role: words.role(payload.role),
      marking: payload.marking,
    }),
  'message.read': (payload, { t, words }) =>
    t('events.say.messageRead', { role: words.role(payload.role), from: words.role(payload.from) }),
  'observation.recorded': (payload, { t }) =>
    t(
      payload.kind === 'strength'
        ? 'events.say.strength'
        : payload.kind === 'improvement'
          ? 'events.say.improvement'
          : 'events.say.observation',
      { text: payload.text },
    ),
  'observation.amended': (payload, { t }) => t('events.say.amended', { reason: payload.reason }),
  'rating.given': (payload, { t, words }) =>
    t('events.say.rating', { objective: words.objective(payload.objectiveId), rating: payload.rating }),
  'corrective-action.added': (payload, { t, words }) =>
    t('events.say.correctiveAdded', { owner: words.role(payload.owner), what: payload.what }),
  'corrective-action.amended': (payload, { t }) =>
    t('events.say.correctiveAmended', { reason: payload.reason }),
  'corrective-action.withdrawn': (payload, { t }) =>
    t('events.say.correctiveWithdrawn', { reason: payload.reason }),
  'role.auto-play-set': (payload, { t, words }) => {
    const role = words.role(payload.role);
    if (payload.policy === null) return t('events.say.stationPlay', { role });
    const known = AGENT_POLICIES.find((policy) => policy === payload.policy);
    return t('events.say.autoPlay', { role, policy: known ? t(`events.policy.${known}`) : payload.policy });
  },
  'station.joined': (payload, { t, list }) =>
    t(payload.via === 'code' ? 'events.say.stationJoined' : 'events.say.stationOpened', {
      station: payload.station,
      roles: list(payload.roles),
      kind: t(`events.stationKind.${payload.kind}`),
      address: payload.address,
    }),
  'station.revoked': (payload, { t, list }) =>
    t('events.say.stationRevoked', {
      station: payload.station,
      roles: list(payload.roles),
      reason: payload.reason,
    }),
  'join-code.issued': (payload, { t, list }) =>
    t('events.say.codeIssued', { roles: list(payload.roles), kind: t(`events.stationKind.${payload.kind}`) }),
  'join-code.revoked': (payload, { t, list }) => t('events.say.codeRevoked', { roles: list(payload.roles) }),
};

function describeTyped<K extends EventType>(event: DescribedEvent<K>, say: Say): string {
  const describe: Describer<K> = DESCRIBERS[event.type];
  return describe(event.payload, say);
}

/** One event as a sentence in the reader's language, every id put into words by `words`. */
export function describeEvent(event: DescribedEvent, words: EventWords, t: Translator): string {
  const role = event.actor ? (event.actor.actingAs ?? event.actor.role) : null;
  const list = (roles: readonly string[]) =>
    roles.length > 0 ? roles.map((id) => words.role(id)).join(', ') : t('events.say.nobody');
  return describeTyped(event, { t, words, actor: role ? words.role(role) : t('events.say.nobody'), list });
}

/** An event type's name for a person ("Decision taken"), for filters and headings. */
export function eventTypeName(type: EventType, t: Translator): string {
  return t(`events.type.${type}`);
}
