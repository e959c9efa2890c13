import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InboxItem } from './inbox-items';
import { useNewItemNotice } from './use-new-item-notice';

const item = (streamSeq: number, title: string, priority: InboxItem['priority'] = 'routine'): InboxItem => ({
  streamSeq,
  kind: 'inject',
  id: `INJ-${streamSeq}`,
  title,
  text: '',
  from: 'press',
  to: ['ms-a'],
  channel: 'news',
  marking: 'EU-ONLY',
  priority,
  scenarioMs: 0,
  done: false,
  inReplyTo: null,
  injectRefs: [],
});

// Items come newest first, as the inbox lists them.
const history = [item(2, 'Second'), item(1, 'First')];

function mount() {
  return renderHook(({ items }: { items: InboxItem[] }) => useNewItemNotice(items), {
    initialProps: { items: history },
  });
}

describe('useNewItemNotice', () => {
  it('says nothing about the history the screen loaded with', () => {
    expect(mount().result.current).toBeNull();
  });

  it('names one new routine item', () => {
    const hook = mount();
    hook.rerender({ items: [item(3, 'Road closed'), ...history] });
    expect(hook.result.current).toEqual({ text: 'New item: Road closed', urgent: false });
  });

  it('counts several new items and names the latest', () => {
    const hook = mount();
    hook.rerender({ items: [item(4, 'Latest'), item(3, 'Earlier'), ...history] });
    expect(hook.result.current).toEqual({ text: '2 new items, latest: Latest', urgent: false });
  });

  it('puts a flash or priority item first, even when it is not the latest', () => {
    const hook = mount();
    hook.rerender({ items: [item(4, 'Routine news'), item(3, 'Ship on fire', 'flash'), ...history] });
    expect(hook.result.current).toEqual({ text: 'New FLASH item: Ship on fire', urgent: true });
  });

  it('counts from what was last seen, not from the first load', () => {
    const hook = mount();
    hook.rerender({ items: [item(3, 'Third'), ...history] });
    hook.rerender({ items: [item(4, 'Fourth'), item(3, 'Third'), ...history] });
    expect(hook.result.current).toEqual({ text: 'New item: Fourth', urgent: false });
  });
});
