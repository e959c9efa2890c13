// `npm start`: the desktop app where the Electron binary is present (or can be fetched within a few seconds);
// otherwise one line saying so, and browser mode (`npm run serve`) in this same process, with the same options.
import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../node-adapters/index';
import { buildIfStale, describeBuild } from '../station-server/index';
import { DESKTOP_APP, stageDesktopApp } from './desktop-bundle';
import { fetchElectronBinary, findElectronBinary } from './electron-binary';

/** How long `npm start` waits for Electron's binary to be fetched before it runs browser mode. */
const FETCH_WITHIN_MS = 8_000;

async function electronBinary(): Promise<string | null> {
  const found = findElectronBinary(PROJECT_ROOT);
  if (found !== null) return found;
  return (await fetchElectronBinary(PROJECT_ROOT, FETCH_WITHIN_MS)) ? findElectronBinary(PROJECT_ROOT) : null;
}

const binary = await electronBinary();
if (binary === null) {
  console.log(
    'desktop: the Electron binary is not installed here and could not be fetched: running browser mode',
  );
  await import('../station-server/serve');
} else {
  console.log(`renderer: ${describeBuild(await buildIfStale())}`);
  await stageDesktopApp(DESKTOP_APP);
  const app = spawn(binary, [DESKTOP_APP, ...process.argv.slice(2)], { stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 1));
}
