import { useMemo } from 'react';
import { contentWords, type ContentWords, type PlaybookDocuments } from '../../core/index';
import { useUiStore } from '../state/index';

/**
 * The words of the exercise's own playbook in the screen's language (the language chosen on this screen,
 * not the browser's): its catalogues where they have the word, English otherwise.
 */
export function useContentWords(documents: PlaybookDocuments): ContentWords {
  const language = useUiStore((state) => state.language);
  return useMemo(() => contentWords(documents, language), [documents, language]);
}
