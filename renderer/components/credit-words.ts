import type { ActorCredit } from '../../core/index';
import type { MessageKey } from '../i18n/index';
import type { Translator } from '../state/index';

const POLICY_KEYS: Readonly<Record<string, MessageKey>> = {
  doctrine: 'credit.policy.doctrine',
  late: 'credit.policy.late',
  random: 'credit.policy.random',
};

const KIND_KEYS: Readonly<Record<ActorCredit['kind'], MessageKey>> = {
  person: 'credit.kind.person',
  control: 'credit.kind.control',
  automated: 'credit.kind.automated',
  engine: 'credit.kind.engine',
};

/** The one word for who acted (person, control, automated, engine): the stream's badge and filter. */
export function creditKindWord(kind: ActorCredit['kind'], t: Translator): string {
  return t(KIND_KEYS[kind]);
}

/**
 * Who acted, in words, with role titles: "EU Situation Room (automated, by the book)", "NAC (by hand: NATO
 * white cell)", or the role alone in person. An automated role is never worded as the control role it sent
 * through. Empty for the engine.
 */
export function creditWords(credit: ActorCredit, titleOf: (role: string) => string, t: Translator): string {
  if (credit.role === null) return '';
  const role = titleOf(credit.role);
  if (credit.kind === 'automated') {
    const key = credit.policy === null ? undefined : POLICY_KEYS[credit.policy];
    return t('credit.automated', { role, policy: key ? t(key) : (credit.policy ?? '') });
  }
  if (credit.through !== null) return t('credit.control', { role, through: titleOf(credit.through) });
  return role;
}
