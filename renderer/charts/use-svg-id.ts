import { useId } from 'react';

/**
 * `useId()` made safe for SVG references: React's ids carry punctuation (`:r1:`, `«r1»`) that a `url(#…)`
 * fill must otherwise escape. Stripping it keeps them unique, since React varies only the part kept.
 */
export function useSvgId(): string {
  return `chart-${useId().replace(/[^\w-]/g, '')}`;
}
