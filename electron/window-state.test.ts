import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, placeWindow, WindowStateFile } from './window-state';

const LAPTOP = { x: 0, y: 0, width: 1920, height: 1050 };
const PROJECTOR = { x: 1920, y: 0, width: 1280, height: 720 };
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('placeWindow', () => {
  it('reopens a window where it was while that place is on a screen', () => {
    const saved = { bounds: { x: 2000, y: 40, width: 1200, height: 640 }, maximized: true };
    expect(placeWindow(saved, [LAPTOP, PROJECTOR])).toEqual({
      bounds: saved.bounds,
      size: { width: 1200, height: 640 },
      maximized: true,
    });
  });

  it('opens at the default size when its screen is gone, or too little of it would show', () => {
    const onProjector = { bounds: { x: 2000, y: 40, width: 1200, height: 640 }, maximized: false };
    expect(placeWindow(onProjector, [LAPTOP])).toEqual({
      bounds: null,
      size: DEFAULT_SIZE,
      maximized: false,
    });
    // 100 px of it on the laptop's screen: less than the 120 px that must show.
    const edge = { bounds: { x: 1820, y: 40, width: 800, height: 600 }, maximized: false };
    expect(placeWindow(edge, [LAPTOP]).bounds).toBeNull();
    expect(placeWindow(undefined, [LAPTOP])).toEqual({ bounds: null, size: DEFAULT_SIZE, maximized: false });
  });

  it('shrinks a window larger than its screen to fit it', () => {
    const big = { bounds: { x: 1920, y: 0, width: 1900, height: 1000 }, maximized: false };
    expect(placeWindow(big, [LAPTOP, PROJECTOR]).size).toEqual({ width: 1280, height: 720 });
  });
});

describe('WindowStateFile', () => {
  it('remembers places across runs, and takes a damaged file as an empty one', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'window-state-'));
    folders.push(folder);
    const file = path.join(folder, 'window-state.json');
    const first = new WindowStateFile(file);
    expect(first.get('console')).toBeUndefined();
    const place = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false };
    first.remember('console', place);
    first.remember('station:ex-1:ms-a', { ...place, maximized: true });
    const second = new WindowStateFile(file);
    expect(second.get('console')).toEqual(place);
    expect(second.get('station:ex-1:ms-a')?.maximized).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('console');
    writeFileSync(file, '{"console": {"bounds": "nowhere"}}');
    expect(new WindowStateFile(file).get('console')).toBeUndefined();
    writeFileSync(file, 'not json');
    expect(new WindowStateFile(file).get('console')).toBeUndefined();
  });
});
