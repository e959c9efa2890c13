import { useTranslate } from '../../state/index';
import { channelLabel, type NameMechanism } from './msel-labels';
import {
  INJECT_STATUSES,
  NO_FILTER,
  RECIPIENT_FILTERS,
  type MselFilter,
  type StateFilter,
} from './msel-filter';

interface MselFiltersProps {
  filter: MselFilter;
  onChange: (filter: MselFilter) => void;
  roles: readonly string[];
  mechanisms: readonly string[];
  channels: readonly string[];
  mechanism: NameMechanism;
  roleTitle: (role: string) => string;
}

/** The MSEL's filters: role (as sender or recipient), mechanism, channel, state, and free text. */
export function MselFilters({
  filter,
  onChange,
  roles,
  mechanisms,
  channels,
  mechanism,
  roleTitle,
}: MselFiltersProps) {
  const t = useTranslate();
  const set = (change: Partial<MselFilter>) => onChange({ ...filter, ...change });
  const any = <option value="">{t('msel.filter.any')}</option>;
  return (
    <div role="search" aria-label={t('msel.filters')} className="msel-filters">
      <label className="field">
        {t('msel.filter.role')}
        <select value={filter.role} onChange={(event) => set({ role: event.target.value })}>
          {any}
          {roles.map((role) => (
            <option key={role} value={role} title={role}>
              {roleTitle(role)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('msel.filter.mechanism')}
        <select value={filter.mechanism} onChange={(event) => set({ mechanism: event.target.value })}>
          {any}
          {mechanisms.map((id) => (
            <option key={id} value={id}>
              {mechanism(id)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('msel.filter.channel')}
        <select value={filter.channel} onChange={(event) => set({ channel: event.target.value })}>
          {any}
          {channels.map((channel) => (
            <option key={channel} value={channel}>
              {channelLabel(channel, t)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('msel.filter.state')}
        <select
          value={filter.state}
          onChange={(event) => set({ state: event.target.value as StateFilter | '' })}
        >
          {any}
          {INJECT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`msel.status.${status}`)}
            </option>
          ))}
          {RECIPIENT_FILTERS.map((state) => (
            <option key={state} value={state}>
              {t(`msel.stateFilter.${state}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field msel-search">
        {t('msel.filter.search')}
        <input
          type="search"
          value={filter.search}
          onChange={(event) => set({ search: event.target.value })}
        />
      </label>
      <button type="button" className="secondary" onClick={() => onChange(NO_FILTER)}>
        {t('msel.filter.clear')}
      </button>
    </div>
  );
}
