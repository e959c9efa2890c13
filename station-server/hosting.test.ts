// The host and its server started together, over a temp data folder, on loopback: what serve.ts and the
// desktop app's host process both run; and which step a failure came from.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_SESSION_PATH } from '../core/index';
import { scratchFolders, occupiedPorts } from '../test/fixtures/scratch';
import { INDEX_HTML } from '../test/fixtures/served-host';
import { HostingError, startHosting } from './hosting';

const tempFolder = scratchFolders('hosting');
const occupyPort = occupiedPorts();

/** A built renderer's folder, as small as the server takes. */
function rendererRoot(): string {
  const root = tempFolder();
  writeFileSync(path.join(root, 'index.html'), INDEX_HTML);
  return root;
}

const options = (dataFolder: string, port = 0) => ({
  dataFolder,
  root: rendererRoot(),
  hostName: '127.0.0.1',
  port,
  appOrigin: 'app://pbsim',
  log: () => undefined,
});

describe('startHosting', () => {
  it('serves the host on loopback, takes the app origin it was given, and closes once', async () => {
    const hosting = await startHosting(options(path.join(tempFolder(), 'exercises')));
    const answer = await fetch(`${hosting.server.url}${HOST_SESSION_PATH.slice(1)}`, {
      headers: { Origin: 'app://pbsim' },
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe('app://pbsim');
    expect(await hosting.host.list()).toEqual([]);
    const [first, second] = [hosting.close(), hosting.close()];
    expect(first).toBe(second);
    await first;
    await expect(fetch(`${hosting.server.url}${HOST_SESSION_PATH.slice(1)}`)).rejects.toThrow();
  });

  it('says the data folder failed when it cannot be opened', async () => {
    const file = path.join(tempFolder(), 'not-a-folder');
    writeFileSync(file, 'x');
    const failed = await startHosting(options(file)).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(HostingError);
    expect((failed as HostingError).step).toBe('data folder');
  });

  it('says the server failed when the port is taken, and lets go of the data folder', async () => {
    const port = await occupyPort();
    const dataFolder = path.join(tempFolder(), 'exercises');
    const failed = await startHosting(options(dataFolder, port)).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(HostingError);
    expect((failed as HostingError).step).toBe('server');
    expect(((failed as HostingError).cause as NodeJS.ErrnoException).code).toBe('EADDRINUSE');
    // The host it opened was closed: another can open the same folder at once.
    const again = await startHosting(options(dataFolder));
    await again.close();
  });
});
