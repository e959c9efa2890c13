import { useMemo } from 'react';
import { wordsFrom, type ContentWords, type StationDecision, type StationWords } from '../../core/index';
import { useUiStore } from '../state/index';

/**
 * A station's content words in its own language, from the tables its host sent with the view; null from a
 * host that sends none (the view's English titles stand).
 */
export function useStationContentWords(tables: StationWords | null): ContentWords | null {
  const language = useUiStore((state) => state.language);
  return useMemo(() => {
    const english = tables?.en;
    if (!english) return null;
    return wordsFrom(english, tables[language], language);
  }, [tables, language]);
}

/** An open decision worded in the station's language: its title, its fields' labels and their options. */
export function wordDecision(decision: StationDecision, words: ContentWords | null): StationDecision {
  if (!words) return decision;
  const { machine, event } = decision;
  return {
    ...decision,
    title: words.event(machine, event),
    fields: decision.fields.map((field) => ({
      ...field,
      label: words.field(machine, event, field.name),
      ...(field.options
        ? {
            optionLabels: Object.fromEntries(
              field.options.map((option) => [option, words.option(machine, event, field.name, option)]),
            ),
          }
        : {}),
    })),
  };
}
