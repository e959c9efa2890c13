import { describe, expect, it } from 'vitest';
import { checkExerciseId, defaultDataFolder, deletedFolder, exerciseFiles } from './data-folder';

describe('the default data folder', () => {
  it('is Electron’s userData folder for the product, plus exercises, on each platform', () => {
    expect(defaultDataFolder({}, 'linux', '/home/ana')).toBe(
      '/home/ana/.config/Playbook Exercise Simulator/exercises',
    );
    expect(defaultDataFolder({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/ana')).toBe(
      '/xdg/Playbook Exercise Simulator/exercises',
    );
    // An empty XDG_CONFIG_HOME counts as unset, as the XDG spec says.
    expect(defaultDataFolder({ XDG_CONFIG_HOME: '' }, 'linux', '/home/ana')).toBe(
      '/home/ana/.config/Playbook Exercise Simulator/exercises',
    );
    expect(defaultDataFolder({}, 'darwin', '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Playbook Exercise Simulator/exercises',
    );
    expect(
      defaultDataFolder({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ana'),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Playbook Exercise Simulator\\exercises');
    expect(defaultDataFolder({}, 'win32', 'C:\\Users\\ana')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Playbook Exercise Simulator\\exercises',
    );
  });
});

describe('an exercise’s files', () => {
  it('are in one folder named after the exercise', () => {
    expect(exerciseFiles('/data', 'mini-scenario-mk0xjmo0-3f2a')).toEqual({
      folder: '/data/mini-scenario-mk0xjmo0-3f2a',
      journal: '/data/mini-scenario-mk0xjmo0-3f2a/journal.jsonl',
      lock: '/data/mini-scenario-mk0xjmo0-3f2a/host.lock',
      record: '/data/mini-scenario-mk0xjmo0-3f2a/exercise.json',
      alive: '/data/mini-scenario-mk0xjmo0-3f2a/clock-alive',
    });
    expect(deletedFolder('/data', 'ex-1', 1234)).toBe('/data/.deleted/ex-1-1234');
  });

  it.each([
    ['../etc', /"\.\.\/etc" is not a usable exercise id: it contains a slash/],
    ['a\\b', /"a\\b" is not a usable exercise id: it contains a slash, a backslash/],
    ['a\0b', /is not a usable exercise id: it contains a slash, a backslash or a NUL/],
    ['..', /"\.\." is not a usable exercise id: it contains "\.\."/],
    ['x..y', /"x\.\.y" is not a usable exercise id: it contains "\.\."/],
    ['.deleted', /"\.deleted" is not a usable exercise id: it begins with "\."/],
    ['', /"" is not a usable exercise id: it is empty/],
    ['x'.repeat(201), /is not a usable exercise id: it is longer than 200 characters/],
  ])('refuses the id %j, naming it', (id, message) => {
    expect(() => checkExerciseId(id)).toThrow(message);
    expect(() => exerciseFiles('/data', id)).toThrow(message);
  });

  it('takes the ids the engine makes', () => {
    expect(() => checkExerciseId('salisbury-style-mk0xjmo0-0a9f')).not.toThrow();
  });
});
