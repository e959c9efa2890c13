// The desktop host over a temp data folder: on loopback, on another port when its own is taken, with the
// playbook read from the app's own folder.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../node-adapters/index';
import { MINI_PLAYBOOK_DIR } from '../test/fixtures/fixtures';
import { MINI_EXERCISE } from '../test/fixtures/memory-host';
import { occupiedPorts, scratchFolders } from '../test/fixtures/scratch';
import { INDEX_HTML } from '../test/fixtures/served-host';
import { startDesktopHost } from './desktop-host';

const tempFolder = scratchFolders('desktop-host');
const occupyPort = occupiedPorts();

describe('startDesktopHost', () => {
  it('listens on another port when the one asked for is taken, saying so', async () => {
    const takenPort = await occupyPort();
    const logged: string[] = [];
    const { hosting, origin } = await startDesktopHost(
      { appRoot: PROJECT_ROOT, dataFolder: path.join(tempFolder(), 'exercises'), port: takenPort },
      (line) => logged.push(line),
    );
    expect(origin).toBe(`http://127.0.0.1:${hosting.server.port}`);
    expect(hosting.server.port).not.toBe(takenPort);
    expect(logged).toContain(`port ${takenPort} is taken: listening on another`);
    await hosting.close();
  });

  it('creates an exercise with the playbook of the app’s own folder, wherever that is', async () => {
    // The app's folder as the asar holds it, with a playbook of its own under the app root: the small test
    // playbook, which the small scenario needs (the checkout's playbook has none of its roles).
    const appRoot = tempFolder();
    cpSync(MINI_PLAYBOOK_DIR, path.join(appRoot, 'playbook'), { recursive: true });
    mkdirSync(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
    writeFileSync(path.join(appRoot, 'dist', 'renderer', 'index.html'), INDEX_HTML);
    const { hosting } = await startDesktopHost(
      { appRoot, dataFolder: path.join(tempFolder(), 'exercises'), port: 0 },
      () => undefined,
    );
    const created = await hosting.host.create({ ...MINI_EXERCISE, playbookSources: undefined });
    expect(created.exerciseId).toMatch(/^mini-scenario-/);
    await hosting.close();
  });
});
