import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../core/index';
import { browserBridge, desktopBridge } from './browser-bridge';

const { createObjectURL, revokeObjectURL } = URL;
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  Object.assign(URL, { createObjectURL, revokeObjectURL });
  delete (globalThis as { desktopBridge?: DesktopBridge }).desktopBridge;
});

/** The file input the bridge makes, caught when it is clicked. */
function catchFileInput(): Promise<HTMLInputElement> {
  return new Promise((resolve) => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      resolve(this);
    });
  });
}

describe('browserBridge.openFile', () => {
  it('asks with a file input for the given extensions, and gives the chosen file’s name and bytes', async () => {
    const clicked = catchFileInput();
    const opening = browserBridge.openFile(['.yaml', '.csv']);
    const input = await clicked;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.yaml,.csv');
    const file = new File([new Uint8Array([0x61, 0x3a, 0x20, 0x31])], 'scenario.yaml');
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    expect(await opening).toEqual({ name: 'scenario.yaml', bytes: new Uint8Array([0x61, 0x3a, 0x20, 0x31]) });
  });

  it('gives null when the user cancels or chooses nothing', async () => {
    let clicked = catchFileInput();
    let opening = browserBridge.openFile(['.yaml']);
    (await clicked).dispatchEvent(new Event('cancel'));
    expect(await opening).toBeNull();

    clicked = catchFileInput();
    opening = browserBridge.openFile(['.yaml']);
    const input = await clicked;
    Object.defineProperty(input, 'files', { value: [] });
    input.dispatchEvent(new Event('change'));
    expect(await opening).toBeNull();
  });
});

describe('browserBridge.saveFile', () => {
  it('downloads the data from a blob URL of the page under the given name, leaving no link behind', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:http://localhost/1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: { href: string; download: string; rel: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download, rel: this.rel, attached: this.isConnected });
    });

    await browserBridge.saveFile('report.md', '# Report\n', 'text/markdown');

    expect(clicks).toEqual([
      { href: 'blob:http://localhost/1', download: 'report.md', rel: 'noopener', attached: true },
    ]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(blobs[0]?.type).toBe('text/markdown');
    expect(await blobs[0]?.text()).toBe('# Report\n');
    // The URL is revoked later, once the browser has surely read it.
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/1');
  });
});

describe('desktopBridge', () => {
  it('is the browser bridge unless the desktop shell exposes its own', () => {
    expect(desktopBridge()).toBe(browserBridge);
    const exposed: DesktopBridge = { ...browserBridge, hostOrigin: 'http://127.0.0.1:4180' };
    (globalThis as { desktopBridge?: DesktopBridge }).desktopBridge = exposed;
    expect(desktopBridge()).toBe(exposed);
  });
});

describe('browserBridge’s other capabilities', () => {
  it('prints with the file name as the title, then puts the title back', async () => {
    document.title = 'Console';
    const titles: string[] = [];
    vi.spyOn(window, 'print').mockImplementation(() => titles.push(document.title));
    await expect(
      browserBridge.printToPdf({ fileName: 'aar-ex1.pdf', marking: 'EU RESTRICTED' }),
    ).resolves.toBe(true);
    expect(titles).toEqual(['aar-ex1']);
    expect(document.title).toBe('Console');
  });

  it('says it is the browser, with the package’s version, and has no host control', async () => {
    const { readFileSync } = await import('node:fs');
    const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const info = await browserBridge.appInfo();
    expect(info).toMatchObject({ shell: 'browser', appVersion: packageJson.version, dataFolder: null });
    expect(info.runtime['browser']).toBe(navigator.userAgent);
    expect(browserBridge.host).toBeNull();
    expect(browserBridge.hostOrigin).toBe('');
  });

  it('opens a screen in a new tab of the same page, never with a handle back to this one', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await browserBridge.openWindow('#/station/ex-1/ms-a');
    expect(open).toHaveBeenCalledWith(
      `${location.origin}${location.pathname}#/station/ex-1/ms-a`,
      '_blank',
      'noopener',
    );
  });
});
