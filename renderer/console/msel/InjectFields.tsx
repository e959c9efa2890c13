import type { Ref } from 'react';
import { Channel, INJECT_PRIORITIES, injectPriorityOf, type InjectDraft } from '../../../core/index';
import { useTranslate } from '../../state/index';
import { channelLabel } from './msel-labels';

// The log records an inject's channel as plain text, and a select hands back text: this reads it as the
// commands take it (the priority likewise, by core's injectPriorityOf). The engine only ever logs known
// ones; an unknown one reads as the select's first option, which is what the form shows for it.
export const channelNamed = (name: string): Channel =>
  Channel.options.find((channel) => channel === name) ?? 'email';

interface InjectFieldsProps {
  draft: InjectDraft;
  onChange: (draft: InjectDraft) => void;
  roles: readonly string[];
  simulated: ReadonlySet<string>;
  roleTitle: (role: string) => string;
  channels: readonly string[];
  markings: readonly string[];
  firstField?: Ref<HTMLSelectElement>;
}

/** Sender, recipients, channel, marking, priority, title and text of an inject. */
export function InjectFields(props: InjectFieldsProps) {
  const { draft, onChange, roles, simulated, roleTitle, channels, markings, firstField } = props;
  const t = useTranslate();
  const set = (change: Partial<InjectDraft>) => onChange({ ...draft, ...change });
  const named = (role: string) =>
    simulated.has(role) ? t('msel.role.simulated', { title: roleTitle(role) }) : roleTitle(role);
  const toggle = (role: string, on: boolean) =>
    set({ to: on ? [...draft.to, role] : draft.to.filter((other) => other !== role) });
  return (
    <>
      <div className="form-row">
        <label>
          {t('msel.field.from')}
          <select ref={firstField} value={draft.from} onChange={(event) => set({ from: event.target.value })}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {named(role)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('msel.field.channel')}
          <select
            value={draft.channel}
            onChange={(event) => set({ channel: channelNamed(event.target.value) })}
          >
            {channels.map((channel) => (
              <option key={channel} value={channel}>
                {channelLabel(channel, t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('msel.field.marking')}
          <select value={draft.marking} onChange={(event) => set({ marking: event.target.value })}>
            {markings.map((marking) => (
              <option key={marking} value={marking}>
                {marking}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('msel.field.priority')}
          <select
            value={draft.priority}
            onChange={(event) => set({ priority: injectPriorityOf(event.target.value) })}
          >
            {INJECT_PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {t(`msel.priority.${priority}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="msel-recipients">
        <legend>{t('msel.field.to')}</legend>
        {roles.map((role) => (
          <label key={role} className="inline">
            <input
              type="checkbox"
              checked={draft.to.includes(role)}
              onChange={(event) => toggle(role, event.target.checked)}
            />
            {named(role)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t('msel.field.title')}
        <input value={draft.title} onChange={(event) => set({ title: event.target.value })} />
      </label>
      <label className="field">
        {t('msel.field.text')}
        <textarea rows={4} value={draft.text} onChange={(event) => set({ text: event.target.value })} />
      </label>
    </>
  );
}
