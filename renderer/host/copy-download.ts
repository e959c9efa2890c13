import { encodeEvents } from '../../core/index';
import { desktopBridge } from '../bridge/index';
import type { ConsoleCopy } from '../storage/index';

type Save = (name: string, text: string, mimeType: string) => Promise<void>;

/**
 * Save this browser's copy of an exercise as a journal file (canonical JSON lines, as the host writes them),
 * so a copy the host does not continue is never lost: it can be restored into a host, or read.
 */
export async function downloadCopy(
  copy: Pick<ConsoleCopy, 'exerciseId' | 'events'>,
  save: Save = (name, text, mimeType) => desktopBridge().saveFile(name, text, mimeType),
): Promise<string> {
  const events = await copy.events();
  if (events.length === 0) throw new Error(`this browser holds no copy of exercise ${copy.exerciseId}`);
  const name = `${copy.exerciseId}.browser-copy.events.jsonl`;
  await save(name, encodeEvents(events), 'application/x-ndjson');
  return name;
}
