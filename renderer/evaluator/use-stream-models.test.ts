import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LoadedContent, StationEvent } from '../../core/index';
import { exerciseContent, miniPlaybookSources, miniScenarioText } from '../../test/fixtures/fixtures';
import { stationEvent } from '../../test/fixtures/station-events';
import { useStreamModels } from './use-stream-models';

const load = () =>
  exerciseContent(miniPlaybookSources(), { path: 'mini-scenario.yaml', text: miniScenarioText() });
const rating = (rationale: string) =>
  stationEvent('rating.given', { objectiveId: 'obj-alert', rating: 'S', rationale });

describe('useStreamModels', () => {
  it('is null until the documents are known, then folds the stream as it grows, in the same models', () => {
    const content = load();
    const first = [rating('one')];
    const hook = renderHook(
      ({ events, documents }: { events: StationEvent[]; documents: LoadedContent | null }) =>
        useStreamModels(events, documents),
      { initialProps: { events: first, documents: null as LoadedContent | null } },
    );
    expect(hook.result.current).toBeNull();

    hook.rerender({ events: first, documents: content });
    const models = hook.result.current;
    expect(models?.facts.count).toBe(1);
    expect(
      models?.evaluation
        .ratings()
        .get('obj-alert')
        ?.map((given) => given.rationale),
    ).toEqual(['one']);

    hook.rerender({ events: [...first, rating('two')], documents: content });
    expect(hook.result.current).toBe(models);
    expect(models?.facts.count).toBe(2);
    expect(
      models?.evaluation
        .ratings()
        .get('obj-alert')
        ?.map((given) => given.rationale),
    ).toEqual(['one', 'two']);
  });

  it('starts a fresh fold for other documents', () => {
    const events = [rating('one')];
    const hook = renderHook(
      ({ documents }: { documents: LoadedContent }) => useStreamModels(events, documents),
      {
        initialProps: { documents: load() },
      },
    );
    const before = hook.result.current;
    hook.rerender({ documents: load() });
    expect(hook.result.current).not.toBe(before);
    expect(hook.result.current?.facts.count).toBe(1);
  });
});
