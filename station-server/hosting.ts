// The exercise host and its server started together over a data folder: what browser mode's `npm start`
// (serve.ts) and the desktop app's host process (electron/host-entry.ts) both run.
import type { SourceText } from '../core/index';
import { ChannelBus } from './channel-bus';
import { exerciseFiles } from './data-folder';
import { ExerciseHost } from './exercise-host';
import { startHostServer, type HostServerOptions, type RunningHostServer } from './host-server';
import { StationDoor } from './station-door';

export interface HostingOptions {
  dataFolder: string;
  /** The built renderer the server gives to pages (stations on the room network load it from here). */
  root: string;
  hostName: string;
  port: number;
  lan?: HostServerOptions['lan'];
  /** The desktop app's page origin (ADR 0008); absent in browser mode. */
  appOrigin?: string;
  /** The playbook, where it is not the project's own folder (the desktop app reads it from its asar). */
  playbookSources?: () => Promise<SourceText[]>;
  log: (line: string) => void;
}

/** Which step failed, so the person starting the host is told what to change (the folder, or the address). */
export class HostingError extends Error {
  override readonly name = 'HostingError';
  constructor(
    readonly step: 'data folder' | 'server',
    override readonly cause: unknown,
  ) {
    super(step);
  }
}

export interface Hosting {
  host: ExerciseHost;
  server: RunningHostServer;
  /** The exercises first (stations told the host is going, journals flushed, locks released), then the sockets. */
  close(): Promise<void>;
}

export async function startHosting(options: HostingOptions): Promise<Hosting> {
  const { dataFolder, log } = options;
  const bus = new ChannelBus(log);
  let host: ExerciseHost;
  try {
    host = await ExerciseHost.start({
      dataFolder,
      openChannel: bus.open,
      log,
      ...(options.playbookSources ? { playbookSources: options.playbookSources } : {}),
    });
  } catch (error) {
    throw new HostingError('data folder', error);
  }
  const door = await StationDoor.open({
    host,
    folderOf: (exerciseId) => exerciseFiles(dataFolder, exerciseId).folder,
    log,
  });
  let server: RunningHostServer;
  try {
    server = await startHostServer({
      host,
      bus,
      door,
      lan: options.lan,
      root: options.root,
      hostName: options.hostName,
      port: options.port,
      appOrigin: options.appOrigin,
      log,
    });
  } catch (error) {
    await host.close().catch(() => undefined);
    throw new HostingError('server', error);
  }
  let closing: Promise<void> | null = null;
  return {
    host,
    server,
    close: () => (closing ??= host.close().then(() => server.close())),
  };
}
