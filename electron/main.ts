// The desktop app's main process (ADR 0008): the app:// pages, the exercise host in its utility process, the
// windows, the bridge and the menus. Thin by design: every piece it wires is a module of its own, tested with
// `electron` stood in for; this file only joins them to Electron (the packaging check proves it is built).
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  utilityProcess,
} from 'electron';
import { errorMessage } from '../core/index';
import { DEFAULT_PORT, readCspFromHtml } from '../station-server/index';
import { aboutText, readContentVersions } from './about';
import { appMenuTemplate } from './app-menu';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appResponse, desktopPolicy } from './app-protocol';
import { AppWindows } from './app-windows';
import { registerBridge } from './bridge-handlers';
import { hardenContents, hardenSession } from './hardening';
import { hostArguments } from './host-messages';
import { HostSupervisor } from './host-supervisor';
import { WindowStateFile } from './window-state';

// Before the app is ready, or IndexedDB, Web Locks, workers and BroadcastChannel do not work in its pages.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

const log = (line: string) => console.log(`desktop: ${line}`);
const appRoot = app.getAppPath();
const built = (...parts: string[]) => path.join(appRoot, 'dist', ...parts);
const dataFolder = path.join(app.getPath('userData'), 'exercises');
let lanOn = false;
/** The host's origin while it runs, and after a crash the one it comes back on (it asks for the same port). */
let knownOrigin: string | null = null;

const supervisor = new HostSupervisor({
  fork: () =>
    utilityProcess.fork(
      built('desktop', 'host.cjs'),
      hostArguments({
        appRoot,
        dataFolder,
        port: knownOrigin ? Number(new URL(knownOrigin).port) : DEFAULT_PORT,
      }),
      { serviceName: 'Playbook exercise host', stdio: 'inherit' },
    ),
  onReady: (origin, previous) => {
    knownOrigin = origin;
    // The same port: the pages' sockets reconnect by themselves. Another: each preload must be told.
    if (previous !== null && previous !== origin) windows.reopenAll();
    // A restarted host starts on loopback only: LAN mode is turned back on if it was.
    if (previous !== null && lanOn) void setLan(true);
  },
  onProblem: (problem) => {
    log(problem);
    void dialog.showMessageBox({ type: 'warning', title: 'Exercise host', message: problem });
  },
  log,
});

const preparedSessions = new Set<string>();
function prepareSession(partition: string): void {
  if (preparedSessions.has(partition)) return;
  preparedSessions.add(partition);
  const partitionSession = session.fromPartition(partition);
  // The handler is per session: each window's partition serves the app's pages itself.
  partitionSession.protocol.handle(APP_SCHEME, async (request) => {
    const answer = await appResponse(
      built('renderer'),
      request.url,
      (file) => readFile(file),
      (html) => {
        const pagePolicy = readCspFromHtml(html) ?? "default-src 'self'";
        return knownOrigin ? desktopPolicy(pagePolicy, knownOrigin) : pagePolicy;
      },
    );
    return new Response(answer.body as ConstructorParameters<typeof Response>[0], {
      status: answer.status,
      headers: answer.headers,
    });
  });
  hardenSession(partitionSession, () => knownOrigin, log);
}

const windows = new AppWindows({
  // The options come from hardenedWebPreferences (hardening.ts); the guards are restated in the literal so
  // that a static check (electronegativity, test/electronegativity.test.ts) sees them where the window is made.
  makeWindow: (options) =>
    new BrowserWindow({
      ...options,
      webPreferences: {
        ...options.webPreferences,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        disableBlinkFeatures: 'Auxclick',
      },
    }),
  prepareSession,
  preload: built('desktop', 'preload.cjs'),
  hostOrigin: () => knownOrigin,
  states: new WindowStateFile(path.join(app.getPath('userData'), 'window-state.json')),
  workAreas: () => screen.getAllDisplays().map((display) => display.workArea),
  title: 'Playbook Exercise Simulator',
  log,
});

async function showAbout(): Promise<void> {
  const content = await readContentVersions(appRoot, log);
  await dialog.showMessageBox({
    type: 'info',
    title: `About ${app.getName()}`,
    message: app.getName(),
    detail: aboutText({
      productName: app.getName(),
      appVersion: app.getVersion(),
      runtime: runtime(),
      dataFolder,
      ...content,
    }),
  });
}

function runtime(): Record<string, string> {
  const { electron, chrome, node, v8 } = process.versions;
  return { Electron: electron ?? '?', Chromium: chrome ?? '?', Node: node, V8: v8 };
}

async function setLan(on: boolean): Promise<void> {
  try {
    const lan = await supervisor.setLan(on);
    lanOn = lan.on;
    if (lan.problem) void dialog.showMessageBox({ type: 'warning', title: 'LAN mode', message: lan.problem });
  } catch (error) {
    void dialog.showMessageBox({ type: 'warning', title: 'LAN mode', message: errorMessage(error) });
  }
  setMenu();
}

function setMenu(): void {
  const template = appMenuTemplate(
    { platform: process.platform, productName: app.getName(), lanOn, packaged: app.isPackaged },
    {
      showAbout: () => void showAbout(),
      showDataFolder: () => shell.showItemInFolder(dataFolder),
      setLan: (on) => void setLan(on),
      restartHost: () => void supervisor.restart(),
      newConsoleWindow: () => windows.show({ kind: 'console' }),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function registerDesktopBridge(): void {
  const focused = () => BrowserWindow.getFocusedWindow() ?? undefined;
  registerBridge(ipcMain, {
    chooseFileToOpen: async (extensions) => {
      const filters = [
        { name: 'Exercise files', extensions: extensions.map((extension) => extension.slice(1)) },
      ];
      const options = { properties: ['openFile' as const], filters };
      const window = focused();
      const chosen = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
    chooseFileToSave: async (name) => {
      const options = { defaultPath: path.join(app.getPath('documents'), name) };
      const window = focused();
      const chosen = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    },
    fileSize: async (file) => (await stat(file)).size,
    readFile: (file) => readFile(file),
    writeFile: (file, data) => writeFile(file, data),
    appInfo: () => ({ shell: 'desktop', appVersion: app.getVersion(), runtime: runtime(), dataFolder }),
    openWindow: (window) => void windows.show(window),
    host: {
      status: () => supervisor.status(),
      setLan: async (on) => {
        const lan = await supervisor.setLan(on);
        lanOn = lan.on;
        setMenu();
        return lan;
      },
      restart: () => supervisor.restart(),
    },
    log,
  });
}

// One app per user: a second start brings the console forward (the host's journal locks would refuse a
// second host over the same data folder anyway).
if (!app.requestSingleInstanceLock()) app.quit();
else {
  app.on('second-instance', () => windows.show({ kind: 'console' }));
  // Every contents, whatever made it, gets the navigation, window and webview guards.
  app.on('web-contents-created', (_event, contents) =>
    hardenContents(contents, { openWindow: (window) => void windows.show(window), log }),
  );
  app.on('window-all-closed', () => app.quit());
  let stopped = false;
  app.on('before-quit', (event) => {
    if (stopped) return;
    // The host flushes its journals and releases its locks before the app goes.
    event.preventDefault();
    void supervisor.stop().finally(() => {
      stopped = true;
      app.quit();
    });
  });
  void app.whenReady().then(async () => {
    registerDesktopBridge();
    setMenu();
    await supervisor.start();
    windows.show({ kind: 'console' });
  });
}
