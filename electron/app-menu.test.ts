import type { MenuItem, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, type MenuActions, type MenuState } from './app-menu';

vi.mock('electron', () => ({}));

function actions() {
  const done: string[] = [];
  const record: MenuActions = {
    showAbout: () => done.push('about'),
    showDataFolder: () => done.push('data folder'),
    setLan: (on) => done.push(`lan ${on}`),
    restartHost: () => done.push('restart'),
    newConsoleWindow: () => done.push('console'),
  };
  return { done, record };
}

const state = (change: Partial<MenuState> = {}): MenuState => ({
  platform: 'linux',
  productName: 'Playbook Exercise Simulator',
  lanOn: false,
  packaged: true,
  ...change,
});

/** Every item of the menu, however deep, by label or role. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}
const named = (template: MenuItemConstructorOptions[], label: string) =>
  items(template).find((item) => item.label?.startsWith(label)) as MenuItemConstructorOptions;
const click = (item: MenuItemConstructorOptions, checked = false) =>
  item.click?.({ checked } as MenuItem, undefined, {} as never);

describe('appMenuTemplate', () => {
  it('has the usual menus with their roles, and About under Help off macOS', () => {
    const template = appMenuTemplate(state(), actions().record);
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual([
      'File',
      'editMenu',
      'View',
      'Exercise',
      'windowMenu',
      'help',
    ]);
    const roles = items(template)
      .map((item) => item.role)
      .filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['quit', 'reload', 'zoomIn', 'togglefullscreen']));
    expect(roles).not.toContain('toggleDevTools');
    expect(named(template, 'About')).toBeDefined();
  });

  it('keeps About, Hide and Quit in the app menu on macOS, and offers developer tools only unpackaged', () => {
    const template = appMenuTemplate(state({ platform: 'darwin', packaged: false }), actions().record);
    expect(template[0]?.label).toBe('Playbook Exercise Simulator');
    const appRoles = (template[0]?.submenu as MenuItemConstructorOptions[]).map(
      (item) => item.role ?? item.label,
    );
    expect(appRoles).toContain('quit');
    expect(appRoles).toContain('About Playbook Exercise Simulator');
    expect(items(template).map((item) => item.role)).toContain('toggleDevTools');
  });

  it('turns LAN mode as its check mark says, and runs each action', () => {
    const { done, record } = actions();
    const template = appMenuTemplate(state({ lanOn: true }), record);
    const lan = named(template, 'LAN Mode');
    expect(lan).toMatchObject({ type: 'checkbox', checked: true, accelerator: 'CmdOrCtrl+Shift+L' });
    click(lan, false);
    click(named(template, 'Restart Exercise Host'));
    click(named(template, 'Show Data Folder'));
    click(named(template, 'About'));
    click(named(template, 'New Console Window'));
    expect(done).toEqual(['lan false', 'restart', 'data folder', 'about', 'console']);
  });
});
