import { formatScenarioClock, type EventWords } from '../../components/index';
import { en, type MessageKey } from '../../i18n/index';
import type { Translator } from '../../state/index';
import type { MselRow, RecipientState } from './msel-rows';

/** How a row names mechanisms: by the playbook's title when it has one. */
export type NameMechanism = (machine: string) => string;

/**
 * How the MSEL names what its rows refer to (roles, mechanisms, decisions, states, injects, actions): the
 * exercise's words, the same the event sentences use. Only the ID column shows ids (control's reference).
 */
export type MselNames = EventWords;

/** What releases the inject, in words: "when Member State A takes “Invoke the solidarity clause”, +1h". */
export function triggerLabel(row: MselRow, t: Translator, names: MselNames): string {
  const { trigger } = row;
  const mechanism = names.mechanism;
  let text: string;
  switch (trigger.kind) {
    case 'at':
      return '';
    case 'adhoc':
      return t('msel.trigger.adhoc');
    case 'state':
      text = t('msel.trigger.state', {
        machine: mechanism(trigger.machine),
        state: names.state(trigger.machine, trigger.state),
      });
      break;
    case 'decision':
      text = trigger.role
        ? t('msel.trigger.decision', {
            role: names.role(trigger.role),
            machine: mechanism(trigger.machine),
            event: names.decision(trigger.machine, trigger.event),
          })
        : t('msel.trigger.decisionAnyone', {
            machine: mechanism(trigger.machine),
            event: names.decision(trigger.machine, trigger.event),
          });
      break;
    case 'missed':
      text = t('msel.trigger.missed', {
        inject: names.inject(trigger.inject),
        action: names.action(trigger.inject, trigger.action),
      });
      break;
  }
  return row.delay ? t('msel.trigger.delay', { trigger: text, delay: row.delay }) : text;
}

/** The due column: release time when known, else the condition it waits for. */
export function dueLabel(row: MselRow, t: Translator, names: MselNames): string {
  const time = row.releasedMs ?? row.dueMs;
  if (time !== null && row.adhoc) return `${formatScenarioClock(time)} · ${t('msel.trigger.adhoc')}`;
  if (time !== null) return formatScenarioClock(time);
  return t('msel.trigger.waiting', { trigger: triggerLabel(row, t, names) });
}

/** "acknowledged 2/3", with the blocked count when some recipient was blocked. */
export function rollupLabel(row: MselRow, t: Translator): string {
  const { rollup } = row;
  if (rollup.pending === rollup.total) return t('msel.rollup.notSent', { total: rollup.total });
  const acknowledged = t('msel.rollup.acknowledged', { count: rollup.acknowledged, total: rollup.total });
  return rollup.blocked > 0
    ? `${acknowledged} · ${t('msel.rollup.blocked', { count: rollup.blocked })}`
    : acknowledged;
}

/** A catalogue label for an open-ended value; one the catalogue does not know (a newer schema) shows as is. */
function labelOf(prefix: string, value: string, t: Translator): string {
  const key = `${prefix}.${value}`;
  return key in en ? t(key as MessageKey) : value;
}

export const channelLabel = (channel: string, t: Translator) => labelOf('msel.channel', channel, t);
export const priorityLabel = (priority: string, t: Translator) => labelOf('msel.priority', priority, t);

/** What a row of the MSEL grid shows, in words. */
export interface MselRowTexts {
  due: string;
  /** The sender, by its title. */
  from: string;
  /** Each recipient as its mark and role; `recipientsLabel` says the same in words, for screen readers. */
  recipients: { mark: string; state: RecipientState }[];
  recipientsLabel: string;
  progress: string;
  channel: string;
  status: string;
  mechanisms: string;
}

const RECIPIENT_MARK: Record<RecipientState, string> = {
  pending: '○',
  delivered: '●',
  acknowledged: '✓',
  blocked: '✕',
};

const textsByRow = new WeakMap<MselRow, { t: Translator; names: MselNames; texts: MselRowTexts }>();

/**
 * A row's words, kept per row object (a changed inject gets a new one): a row scrolled back into view is
 * not formatted again, which keeps a long scroll from feeding the garbage collector.
 */
export function rowTexts(row: MselRow, t: Translator, names: MselNames): MselRowTexts {
  const known = textsByRow.get(row);
  if (known && known.t === t && known.names === names) return known.texts;
  const texts: MselRowTexts = {
    due: dueLabel(row, t, names),
    from: names.role(row.from),
    recipients: row.recipients.map(({ role, state }) => ({
      mark: `${RECIPIENT_MARK[state]}\u2009${names.role(role)}`,
      state,
    })),
    recipientsLabel: row.recipients
      .map(({ role, state }) => `${names.role(role)} (${t(`msel.recipient.${state}`)})`)
      .join(', '),
    progress: rollupLabel(row, t),
    channel: channelLabel(row.channel, t),
    status: t(`msel.status.${row.status}`),
    mechanisms: row.mechanisms.map((machine) => names.mechanism(machine)).join(', '),
  };
  textsByRow.set(row, { t, names, texts });
  return texts;
}
