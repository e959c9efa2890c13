// Command-to-view latency through the exercise host (issue 15 §2): ten role stations in this process, the host
// in a process of its own as `npm start` runs it. Each station sends messages to the next one, one after
// another; each message is timed from its send to the sender's reply (its events on disk) and to the
// recipient station's view holding it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHostedSalisbury, waitFor, type HostedSalisbury } from '../test/index';
import { percentile, printTable } from './measure';

const CLIENTS = 10;
const PER_CLIENT = 100;

interface Timings {
  reply: number[];
  view: number[];
}

async function measure(hosted: HostedSalisbury): Promise<Timings> {
  const sentAt = new Map<string, number>();
  const seenAt = new Map<string, number>();
  // Each station notes when a message delivered to it reached its view.
  for (const station of hosted.stations) {
    let seen = 0;
    station.subscribe((state) => {
      const now = performance.now();
      for (const event of state.events.slice(seen))
        if (event.type === 'message.delivered' && !seenAt.has(event.payload.messageId))
          seenAt.set(event.payload.messageId, now);
      seen = state.events.length;
    });
  }
  const reply: number[] = [];
  await Promise.all(
    hosted.stations.map(async (station, index) => {
      for (let n = 0; n < PER_CLIENT; n++) {
        const messageId = `L-${index + 1}-${n + 1}`;
        const start = performance.now();
        sentAt.set(messageId, start);
        const answer = await station.send('message/send', {
          messageId,
          to: [hosted.recipientOf(index)],
          marking: 'PUBLIC',
          subject: `latency ${n + 1}`,
          body: 'A message of the benchmark.',
        });
        if (!answer.ok) throw new Error(`the host refused a message: ${answer.reason}`);
        reply.push(performance.now() - start);
      }
    }),
  );
  await waitFor('every message in its recipient’s view', () =>
    seenAt.size >= sentAt.size ? true : undefined,
  );
  const view = [...sentAt].map(([messageId, start]) => (seenAt.get(messageId) as number) - start);
  return { reply, view };
}

export async function benchHostLatency(): Promise<void> {
  const dataFolder = await mkdtemp(path.join(tmpdir(), 'pbsim-bench-latency-'));
  try {
    const hosted = await startHostedSalisbury({ dataFolder, stations: CLIENTS });
    let timings: Timings;
    try {
      timings = await measure(hosted);
    } finally {
      hosted.closeClients();
      await hosted.host.stop();
    }
    const row = (label: string, values: readonly number[]) =>
      [
        label,
        `p50 ${percentile(values, 50).toFixed(1)} ms, p99 ${percentile(values, 99).toFixed(1)} ms, ` +
          `max ${Math.max(...values).toFixed(1)} ms, count ${values.length}`,
      ] as const;
    printTable(
      `Command-to-view latency, ${CLIENTS} stations in this process, the host in its own (${PER_CLIENT} messages each)`,
      [row('send → sender’s reply', timings.reply), row('send → in the recipient’s view', timings.view)],
    );
  } finally {
    await rm(dataFolder, { recursive: true, force: true });
  }
}
