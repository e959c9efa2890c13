import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildIfStale, describeBuild, isRendererStale, newestMtime } from './build-if-stale';

let dir: string;
// Fixed times, far apart: file systems round mtimes, and "now" would make the order depend on timing.
const OLD = new Date('2026-01-01T00:00:00Z');
const MIDDLE = new Date('2026-02-01T00:00:00Z');
const NEW = new Date('2026-03-01T00:00:00Z');

function file(relative: string, time: Date): string {
  const filePath = path.join(dir, relative);
  mkdirSync(path.dirname(filePath), { recursive: true });
  writeFileSync(filePath, 'x');
  utimesSync(filePath, time, time);
  return filePath;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'station-stale-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('newestMtime', () => {
  it('finds the newest file in nested folders and ignores node_modules', () => {
    file('src/a.ts', OLD);
    file('src/deep/b.ts', MIDDLE);
    file('src/node_modules/c.js', NEW);
    return expect(newestMtime(path.join(dir, 'src'))).resolves.toBe(MIDDLE.getTime());
  });

  it('takes a single file as a root, and gives null for a missing root or an empty folder', async () => {
    expect(await newestMtime(file('vite.config.ts', OLD))).toBe(OLD.getTime());
    expect(await newestMtime(path.join(dir, 'missing'))).toBeNull();
    mkdirSync(path.join(dir, 'empty'));
    expect(await newestMtime(path.join(dir, 'empty'))).toBeNull();
  });
});

describe('isRendererStale', () => {
  const roots = () => [path.join(dir, 'renderer'), path.join(dir, 'core'), path.join(dir, 'vite.config.ts')];
  const dist = () => path.join(dir, 'dist');

  it('is stale when index.html is missing', async () => {
    file('renderer/main.tsx', OLD);
    expect(await isRendererStale(roots(), dist())).toBe(true);
  });

  it('is up to date when the build is newer than every source', async () => {
    file('renderer/main.tsx', OLD);
    file('core/engine.ts', OLD);
    file('vite.config.ts', OLD);
    file('dist/index.html', MIDDLE);
    expect(await isRendererStale(roots(), dist())).toBe(false);
  });

  it('is stale when any source, deep in any root or a single file root, is newer', async () => {
    file('dist/index.html', MIDDLE);
    file('renderer/main.tsx', OLD);
    file('core/deep/er/engine.ts', NEW);
    expect(await isRendererStale(roots(), dist())).toBe(true);

    utimesSync(path.join(dir, 'core/deep/er/engine.ts'), OLD, OLD);
    expect(await isRendererStale(roots(), dist())).toBe(false);
    file('vite.config.ts', NEW);
    expect(await isRendererStale(roots(), dist())).toBe(true);
  });

  it('looks only at dist/index.html, not at other built files', async () => {
    file('renderer/main.tsx', MIDDLE);
    file('dist/index.html', OLD);
    file('dist/assets/index.js', NEW);
    expect(await isRendererStale(roots(), dist())).toBe(true);
  });
});

describe('buildIfStale', () => {
  it('builds only when stale and reports the time taken', async () => {
    file('renderer/main.tsx', MIDDLE);
    const build = vi.fn(async () => {
      file('dist/index.html', NEW);
    });
    const options = { sourceRoots: [path.join(dir, 'renderer')], distDir: path.join(dir, 'dist'), build };

    const first = await buildIfStale(options);
    expect(first.built).toBe(true);
    expect(describeBuild(first)).toMatch(/^built in \d+\.\d s$/);

    const second = await buildIfStale(options);
    expect(second).toEqual({ built: false });
    expect(describeBuild(second)).toBe('up to date');
    expect(build).toHaveBeenCalledTimes(1);
  });
});
