// The stations of the station load benchmark (station-load.ts), in a process of their own: each a real
// WebSocket to the exercise host, joined to its role's channel with the token the host gave it, sending
// commands at a steady rate, each timed from its send to the view that holds what it recorded. The commands are
// messages, and every fifth a decision for the stations of a Member State: on its own cyber-diplomacy case
// (opened with a first block before the run's clock starts), lifting its block of restrictive measures, then
// blocking again, and so on (each accepted, each recorded as a decision and a transition that every role
// seeing the machine is pushed).
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
  /** The host's room-network listener: stations are budgeted there, as on a real LAN. */
  address: string;
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
  /** Of them, decisions (the rest are messages). */
  decisions: number;
  replied: number;
  refused: number;
  /** The reasons of the first refusals (none expected: every command sent is one the host accepts). */
  refusals: string[];
  /** Replies the host marked as a resend it had applied before (none expected: nothing is resent here). */
  duplicateReplies: number;
  /** Command → what it recorded (`message.sent`, `decision.taken`) in the sender's view, ms. */
  latencies: number[];
  /** Frames sent by a flooding station, and the host's refusals of them. */
  floodFrames: number;
  floodRefusals: number;
  /** How often the host closed the flooding station's socket (and it came back). */
  floodReconnects: number;
}

interface Frame {
  ch: string | null;
  body?: {
    kind?: string;
    station?: string | null;
    commandId?: string;
    reply?: { ok: boolean; duplicate?: boolean; reason?: string };
    view?: {
      events: { commandId: string | null; type: string }[];
      openDecisions?: { machine: string; event: string }[];
    };
  };
}

/** What a command records, for its latency and the journal's count. */
export const RECORDED_TYPES = new Set(['message.sent', 'decision.taken']);

/** Every fifth command of a station that may block measures is a decision. */
const DECISION_EVERY = 5;

/** The command id suffix of a station's opening of its case, before the run: not counted in it. */
const OPENING = '-open';

/** A Member State's block of restrictive measures on the station's own case, or its lifting. */
function blockDecision(station: LoadStation, block: boolean) {
  return {
    type: 'decision/take',
    payload: {
      machine: 'cyber-diplomacy',
      instance: `load-${station.stationId}`,
      event: block ? 'MEMBER_STATE_BLOCKS' : 'MEMBER_STATE_LIFTS_BLOCK',
      fields: {},
    },
  };
}

/** The decision a Member State's station takes in turn on its own case: accepted in every state of it. */
function mayToggleBlock(openDecisions: { machine: string; event: string }[] | undefined): boolean {
  return (openDecisions ?? []).some(
    (decision) => decision.machine === 'cyber-diplomacy' && decision.event === 'MEMBER_STATE_BLOCKS',
  );
}

/** A station's socket, heard from before it says hello (the answer may come before the others connect). */
function connect(plan: LoadPlan, station: LoadStation, onFrame: (frame: Frame) => void): Promise<WebSocket> {
  const ws = new WebSocket(`ws://${plan.address}:${plan.port}${HOST_SOCKET_PATH}`);
  ws.on('message', (data) => onFrame(JSON.parse(String(data)) as Frame));
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

async function main(plan: LoadPlan): Promise<void> {
  const result: LoadResult = {
    sent: 0,
    decisions: 0,
    replied: 0,
    refused: 0,
    refusals: [],
    duplicateReplies: 0,
    latencies: [],
    floodFrames: 0,
    floodRefusals: 0,
    floodReconnects: 0,
  };
  const sentAt = new Map<string, number>();
  const sentIds: string[] = [];
  const decides = plan.stations.map(() => false);
  const listen = (index: number) => {
    const station = plan.stations[index] as LoadStation;
    return (frame: Frame) => {
      if (frame.ch === null) {
        if (plan.flood) result.floodRefusals += 1;
        return;
      }
      const body = frame.body;
      if (body?.kind === 'reply' && body.station === station.stationId) {
        if (body.commandId?.endsWith(OPENING)) return;
        if (body.reply?.ok) result.replied += 1;
        else {
          result.refused += 1;
          if (result.refusals.length < 5) result.refusals.push(`${body.commandId}: ${body.reply?.reason}`);
        }
        if (body.reply?.duplicate) result.duplicateReplies += 1;
      } else if (body?.kind === 'view') {
        const now = performance.now();
        // The answer to its hello says which decisions the role may take.
        if (body.station === station.stationId && mayToggleBlock(body.view?.openDecisions))
          decides[index] = true;
        for (const event of body.view?.events ?? []) {
          if (!RECORDED_TYPES.has(event.type) || event.commandId === null) continue;
          const start = sentAt.get(event.commandId);
          if (start === undefined) continue;
          sentAt.delete(event.commandId);
          result.latencies.push(now - start);
        }
      }
    };
  };
  const sockets = await Promise.all(
    plan.stations.map((station, index) => connect(plan, station, listen(index))),
  );
  const settle = () => new Promise((resolve) => setTimeout(resolve, 2_000));
  const ch = (station: LoadStation) => stationChannelName(plan.exerciseId, station.role);
  const command = (station: LoadStation, commandId: string, body: { type: string; payload: object }) =>
    JSON.stringify({
      op: 'post',
      ch: ch(station),
      body: { kind: 'command', station: station.stationId, commandId, ...body },
    });
  // Let every hello be answered (the views of the history) before the clock of the run starts; then each
  // deciding station opens its own case with a first block, so that the run's decisions lift and renew it.
  await settle();
  sockets.forEach((ws, index) => {
    const station = plan.stations[index] as LoadStation;
    if (decides[index] && !plan.flood)
      ws.send(command(station, `${station.stationId}${OPENING}`, blockDecision(station, true)));
  });
  await settle();

  const endAt = performance.now() + plan.seconds * 1000;
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
        ws = await connect(plan, station, listen(0)).catch(() => ws);
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
        let blocking = true;
        for (let own = 1; next < endAt; own += 1) {
          const wait = next - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          const commandId = `${station.stationId}-load-${++counter}`;
          sentAt.set(commandId, performance.now());
          sentIds.push(commandId);
          result.sent += 1;
          const decision = decides[index] === true && own % DECISION_EVERY === 0;
          if (decision) blocking = !blocking;
          if (decision) result.decisions += 1;
          ws.send(
            command(
              station,
              commandId,
              decision
                ? blockDecision(station, blocking)
                : {
                    type: 'message/send',
                    payload: {
                      to: [station.to],
                      marking: 'PUBLIC',
                      subject: `load ${counter}`,
                      body: 'A message of the load benchmark.',
                    },
                  },
            ),
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

// Run as the clients' process (station-load.ts imports this module only for its types and RECORDED_TYPES).
if (import.meta.url === `file://${process.argv[1]}`)
  main(JSON.parse(process.argv[2] ?? '{}') as LoadPlan).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
