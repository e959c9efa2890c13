// The stations of the station load benchmark (station-load.ts), in a process of their own: each a real
// WebSocket to the exercise host, joined to its role's channel with the token the host gave it, sending
// messages at a steady rate, each timed from its send to the view that holds its `message.sent`.
// Run by station-load.ts with one JSON argument (LoadPlan); prints one JSON line (LoadResult) at the end.
// A flooding station (`flood`) sends heartbeats as fast as its socket takes them instead.
import { writeFileSync } from 'node:fs';
import WebSocket from 'ws';
import { HOST_SOCKET_PATH, stationChannelName } from '../core/index';

export interface LoadStation {
  token: string;
  stationId: string;
  role: string;
  /** The role its messages go to. */
  to: string;
}

export interface LoadPlan {
  port: number;
  exerciseId: string;
  stations: LoadStation[];
  perSecond: number;
  seconds: number;
  flood: boolean;
  /** Where to write the command ids sent (one per line), for the journal check. */
  sentFile: string;
}

export interface LoadResult {
  sent: number;
  replied: number;
  refused: number;
  /** Replies the host marked as a resend it had applied before (none expected: nothing is resent here). */
  duplicateReplies: number;
  /** Command → its `message.sent` in the sender's view, ms. */
  latencies: number[];
  /** Frames sent by a flooding station, and the host's refusals of them. */
  floodFrames: number;
  floodRefusals: number;
  /** How often the host closed the flooding station's socket (and it came back). */
  floodReconnects: number;
}

const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan;

interface Frame {
  ch: string | null;
  body?: {
    kind?: string;
    station?: string | null;
    commandId?: string;
    reply?: { ok: boolean; duplicate?: boolean };
    view?: { events: { commandId: string | null; type: string }[] };
  };
}

function connect(station: LoadStation): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${plan.port}${HOST_SOCKET_PATH}`);
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  }).then(() => {
    const ch = stationChannelName(plan.exerciseId, station.role);
    ws.send(JSON.stringify({ op: 'join', ch, token: station.token }));
    ws.send(
      JSON.stringify({ op: 'post', ch, body: { kind: 'hello', station: station.stationId, since: 0 } }),
    );
    return ws;
  });
}

async function main(): Promise<void> {
  const result: LoadResult = {
    sent: 0,
    replied: 0,
    refused: 0,
    duplicateReplies: 0,
    latencies: [],
    floodFrames: 0,
    floodRefusals: 0,
    floodReconnects: 0,
  };
  const sentAt = new Map<string, number>();
  const sentIds: string[] = [];
  const sockets = await Promise.all(plan.stations.map(connect));
  // Let every hello be answered (the views of the history) before the clock of the run starts.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  sockets.forEach((ws, index) => {
    const station = plan.stations[index] as LoadStation;
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Frame;
      if (frame.ch === null) {
        if (plan.flood) result.floodRefusals += 1;
        return;
      }
      const body = frame.body;
      if (body?.kind === 'reply' && body.station === station.stationId) {
        if (body.reply?.ok) result.replied += 1;
        else result.refused += 1;
        if (body.reply?.duplicate) result.duplicateReplies += 1;
      } else if (body?.kind === 'view') {
        const now = performance.now();
        for (const event of body.view?.events ?? []) {
          if (event.type !== 'message.sent' || event.commandId === null) continue;
          const start = sentAt.get(event.commandId);
          if (start === undefined) continue;
          sentAt.delete(event.commandId);
          result.latencies.push(now - start);
        }
      }
    });
  });

  const endAt = performance.now() + plan.seconds * 1000;
  const ch = (station: LoadStation) => stationChannelName(plan.exerciseId, station.role);
  if (plan.flood) {
    // As fast as the socket drains: a station that went wrong, or an attack from the room network. The host
    // closes a socket that stays over its budget; this one connects again at once and carries on.
    const station = plan.stations[0] as LoadStation;
    let ws = sockets[0] as WebSocket;
    const beat = JSON.stringify({
      op: 'post',
      ch: ch(station),
      body: { kind: 'heartbeat', station: station.stationId },
    });
    while (performance.now() < endAt) {
      if (ws.readyState !== ws.OPEN) {
        result.floodReconnects += 1;
        ws = await connect(station).catch(() => ws);
        ws.on('message', (data) => {
          if ((JSON.parse(String(data)) as Frame).ch === null) result.floodRefusals += 1;
        });
        continue;
      }
      for (let index = 0; index < 200; index += 1) ws.send(beat);
      result.floodFrames += 200;
      await new Promise((resolve) => setImmediate(resolve));
      if (ws.bufferedAmount > 1_000_000) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    sockets[0] = ws;
  } else {
    const everyMs = 1000 / plan.perSecond;
    let counter = 0;
    await Promise.all(
      sockets.map(async (ws, index) => {
        const station = plan.stations[index] as LoadStation;
        // Spread over the interval, so the stations do not all send in the same millisecond.
        let next = performance.now() + (everyMs * index) / sockets.length;
        while (next < endAt) {
          const wait = next - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          const commandId = `${station.stationId}-load-${++counter}`;
          sentAt.set(commandId, performance.now());
          sentIds.push(commandId);
          result.sent += 1;
          ws.send(
            JSON.stringify({
              op: 'post',
              ch: ch(station),
              body: {
                kind: 'command',
                station: station.stationId,
                commandId,
                type: 'message/send',
                payload: {
                  to: [station.to],
                  marking: 'PUBLIC',
                  subject: `load ${counter}`,
                  body: 'A message of the load benchmark.',
                },
              },
            }),
          );
          next += everyMs;
        }
      }),
    );
    // Every reply in, or 30 s for the last ones.
    const drainUntil = performance.now() + 30_000;
    while (result.replied + result.refused < result.sent && performance.now() < drainUntil)
      await new Promise((resolve) => setTimeout(resolve, 50));
  }
  writeFileSync(plan.sentFile, sentIds.join('\n'));
  for (const ws of sockets) ws.terminate();
  console.log(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
