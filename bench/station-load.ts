// Station load (issue 20 §3): the exercise host as `npm start` runs it (its journal fsync'd), and role
// stations over real WebSockets on loopback in a process apart (station-load-clients.ts). Each run prints
// what was sent, what the journal holds of it (applied, lost, duplicated: counted in the journal itself, not
// from the replies) and the command-to-view latency. Targets: nothing lost or duplicated, p99 under 50 ms.
//   50 stations × 5 commands a second (messages and decisions) for 60 s; 200 stations × 1 a second; and 49 stations × 5 a second while
//   one more floods the host with frames, their p99 printed beside the quiet run's.
// STATION_LOAD_SECONDS shortens every run (a quick look while working on the host).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from '../node-adapters/index';
import { buildIfStale, exerciseFiles } from '../station-server/index';
import {
  createStartedSalisbury,
  NodeConsole,
  NodeHostSocket,
  SALISBURY_SCENARIO,
  startServeProcess,
} from '../test/index';
import { percentile, printTable } from './measure';
import { RECORDED_TYPES, type LoadPlan, type LoadResult, type LoadStation } from './station-load-clients';

const SECONDS = Number(process.env['STATION_LOAD_SECONDS'] ?? 60);
const CLIENTS = path.join(PROJECT_ROOT, 'bench', 'station-load-clients.ts');
/**
 * The stations come in on a LAN listener, as laptops on the room network do (the frame budget guards that
 * side; the host laptop's own windows on loopback are not budgeted). 127.0.0.2 stands in for the LAN address.
 */
const LAN = '127.0.0.2';

interface Exercise {
  port: number;
  exerciseId: string;
  journal: string;
  console: NodeConsole;
  players: string[];
}

/** Runs one client process to its end; its JSON line is the result. */
function runClients(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLIENTS, JSON.stringify(plan)], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as LoadResult);
      else reject(new Error(`the station clients failed (${code}): ${err.slice(-2000)}`));
    });
  });
}

/** Tokens for `count` stations, round the players' roles, each writing to the next role. */
async function stationsFor(exercise: Exercise, count: number): Promise<LoadStation[]> {
  const { players } = exercise;
  const stations: LoadStation[] = [];
  for (let index = 0; index < count; index += 1) {
    const role = players[index % players.length] as string;
    const grant = await exercise.console.stationToken(exercise.exerciseId, [role]);
    stations.push({
      token: grant.token,
      stationId: grant.stationId,
      role,
      to: players[(index + 1) % players.length] as string,
    });
  }
  return stations;
}

/**
 * The journal's own count of what each sent command recorded (`message.sent`, `decision.taken`): applied once,
 * lost, or more than once.
 */
async function countInJournal(journal: string, sentFile: string) {
  const counts = new Map<string, number>();
  for (const line of (await readFile(journal, 'utf8')).split('\n')) {
    if (!line.includes('"message.sent"') && !line.includes('"decision.taken"')) continue;
    const event = JSON.parse(line) as { type: string; commandId: string | null };
    if (RECORDED_TYPES.has(event.type) && event.commandId)
      counts.set(event.commandId, (counts.get(event.commandId) ?? 0) + 1);
  }
  const sent = (await readFile(sentFile, 'utf8')).split('\n').filter(Boolean);
  return {
    applied: sent.filter((id) => counts.get(id) === 1).length,
    lost: sent.filter((id) => !counts.has(id)).length,
    duplicated: sent.filter((id) => (counts.get(id) ?? 0) > 1).length,
  };
}

async function startExercise(dataFolder: string): Promise<{ exercise: Exercise; stop: () => Promise<void> }> {
  await buildIfStale();
  const host = await startServeProcess({ dataFolder, args: ['--host', LAN] });
  const socket = new NodeHostSocket(host.port);
  const excon = new NodeConsole(socket, host.origin);
  const scenarioText = await readFile(path.join(PROJECT_ROOT, SALISBURY_SCENARIO), 'utf8');
  const exerciseId = await createStartedSalisbury(excon, scenarioText, 'Station load');
  // The players' roles: a player's token is given for those only (the host says which by refusing the rest).
  const play = ((parseYaml(scenarioText) as { roles: { play: string[] } }).roles.play ?? []).map(String);
  const players: string[] = [];
  for (const role of play) {
    const answer = await excon.stationToken(exerciseId, [role]).then(
      () => true,
      () => false,
    );
    if (answer) players.push(role);
  }
  const exercise = {
    port: host.port,
    exerciseId,
    journal: exerciseFiles(dataFolder, exerciseId).journal,
    console: excon,
    players,
  };
  return {
    exercise,
    stop: async () => {
      excon.close();
      socket.close();
      await host.stop();
    },
  };
}

function figures(
  label: string,
  stations: number,
  result: LoadResult,
  journal: Awaited<ReturnType<typeof countInJournal>>,
) {
  const { latencies } = result;
  return [
    label,
    `${stations} stations: sent ${result.sent} (${result.decisions} decisions), applied ${journal.applied}, lost ${journal.lost}, duplicated ${journal.duplicated}` +
      (result.refused > 0 ? `, refused ${result.refused} (${result.refusals.join('; ')})` : '') +
      `; command → view p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, ` +
      `max ${Math.max(0, ...latencies).toFixed(1)} ms`,
  ] as const;
}

export async function benchStationLoad(): Promise<void> {
  const dataFolder = await mkdtemp(path.join(tmpdir(), 'pbsim-bench-stations-'));
  const { exercise, stop } = await startExercise(dataFolder);
  try {
    const plan = (stations: LoadStation[], perSecond: number, name: string): LoadPlan => ({
      address: LAN,
      port: exercise.port,
      exerciseId: exercise.exerciseId,
      stations,
      perSecond,
      seconds: SECONDS,
      flood: false,
      sentFile: path.join(dataFolder, `${name}.sent`),
    });
    const run = async (count: number, perSecond: number, name: string) => {
      const steady = plan(await stationsFor(exercise, count), perSecond, name);
      const result = await runClients(steady);
      return { result, journal: await countInJournal(exercise.journal, steady.sentFile) };
    };
    const quiet = await run(50, 5, 'quiet');
    const many = await run(200, 1, 'many');
    // One flooding station in a process of its own, beside 49 playing ones.
    const [flooder] = await stationsFor(exercise, 1);
    const playing = plan(await stationsFor(exercise, 49), 5, 'flooded');
    const [floodResult, playedResult] = await Promise.all([
      runClients({ ...plan([flooder as LoadStation], 0, 'flood'), flood: true }),
      runClients(playing),
    ]);
    const flooded = await countInJournal(exercise.journal, playing.sentFile);
    printTable(
      `Station load: stations over WebSockets in a process apart, the host as npm start runs it (fsync), ${SECONDS} s each`,
      [
        figures('50 stations, 5 commands/s each', 50, quiet.result, quiet.journal),
        figures('200 stations, 1 command/s each', 200, many.result, many.journal),
        figures('49 stations, 5/s, one more flooding', 49, playedResult, flooded),
        [
          'the flooding station',
          `${floodResult.floodFrames} frames sent, ${floodResult.floodRefusals} "slow down" answers, closed by the host ${floodResult.floodReconnects} times (it reconnected each time)`,
        ],
        [
          'p99 quiet / with a flood',
          `${percentile(quiet.result.latencies, 99).toFixed(1)} ms / ${percentile(playedResult.latencies, 99).toFixed(1)} ms (target: under 50 ms, nothing lost or duplicated)`,
        ],
      ],
    );
  } finally {
    await stop();
    await rm(dataFolder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStationLoad();
