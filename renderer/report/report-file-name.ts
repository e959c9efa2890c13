import { tableFileStem } from '../../core/index';

/**
 * A file the review saves, named after its exercise and what it holds, so two exercises' files never take each
 * other's name in a downloads folder: anything but letters, digits, - and _ in the id replaced.
 */
export function reportFileName(exerciseId: string, what: string, extension: string): string {
  const safe = exerciseId.replace(/[^A-Za-z0-9_-]+/g, '-') || 'exercise';
  return `${safe}-${tableFileStem(what)}.${extension}`;
}
