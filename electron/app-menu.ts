import type { MenuItemConstructorOptions } from 'electron';

/** What the menus do beyond Electron's own roles. */
export interface MenuActions {
  showAbout(): void;
  showDataFolder(): void;
  /** LAN mode on or off, as its menu item's check mark now says. */
  setLan(on: boolean): void;
  restartHost(): void;
  newConsoleWindow(): void;
}

export interface MenuState {
  platform: NodeJS.Platform;
  productName: string;
  lanOn: boolean;
  /** Developer tools are offered only outside a packaged app. */
  packaged: boolean;
}

/**
 * The application menu: the usual roles with their platform shortcuts (Edit's copy and paste, View's zoom,
 * Window's minimise), plus the exercise host's LAN mode and restart, the data folder and About. macOS keeps
 * About and Quit in the app menu; elsewhere they sit under Help and File.
 */
export function appMenuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = state.platform === 'darwin';
  const about: MenuItemConstructorOptions = {
    label: `About ${state.productName}`,
    click: () => actions.showAbout(),
  };
  const dataFolder: MenuItemConstructorOptions = {
    label: 'Show Data Folder',
    accelerator: 'CmdOrCtrl+Shift+D',
    click: () => actions.showDataFolder(),
  };
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: state.productName,
          submenu: [
            about,
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
    ...(state.packaged ? [] : [{ role: 'toggleDevTools' } as const]),
  ];
  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [
        { label: 'New Console Window', accelerator: 'CmdOrCtrl+N', click: () => actions.newConsoleWindow() },
        dataFolder,
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    {
      label: 'Exercise',
      submenu: [
        {
          label: 'LAN Mode (stations on the room network)',
          type: 'checkbox',
          checked: state.lanOn,
          accelerator: 'CmdOrCtrl+Shift+L',
          click: (item) => actions.setLan(item.checked),
        },
        { type: 'separator' },
        { label: 'Restart Exercise Host', click: () => actions.restartHost() },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [...(mac ? [] : [about, { type: 'separator' } as const]), dataFolder] },
  ];
}
