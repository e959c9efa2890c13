import { useEffect, useRef, useState } from 'react';
import { useTranslate } from '../state/index';
import type { InboxItem } from './inbox-items';

/**
 * A notice for items that arrived while the screen is open (not the history it loaded with), naming the
 * latest and saying so when any of them is priority or flash.
 */
export function useNewItemNotice(items: readonly InboxItem[]): { text: string; urgent: boolean } | null {
  const t = useTranslate();
  const baseline = useRef<number | null>(null);
  const [notice, setNotice] = useState<{ text: string; urgent: boolean } | null>(null);
  const newest = items[0]?.streamSeq ?? 0;
  useEffect(() => {
    if (baseline.current === null) {
      baseline.current = newest;
      return;
    }
    const fresh = items.filter((item) => item.streamSeq > (baseline.current ?? 0));
    baseline.current = Math.max(baseline.current, newest);
    const latest = fresh[0];
    if (!latest) return;
    const urgent = fresh.find((item) => item.priority !== 'routine');
    if (urgent)
      setNotice({
        text: t('station.newPriorityItem', {
          priority: t(urgent.priority === 'flash' ? 'station.priorityFlash' : 'station.priorityPriority'),
          title: urgent.title,
        }),
        urgent: true,
      });
    else if (fresh.length > 1)
      setNotice({ text: t('station.newItems', { count: fresh.length, title: latest.title }), urgent: false });
    else setNotice({ text: t('station.newItem', { title: latest.title }), urgent: false });
    // Only a change in what arrived matters, not a change of language.
  }, [newest]);
  return notice;
}
