import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import type { AppInfo, DesktopHostStatus } from '../core/index';
import type { OpenableWindow } from './hardening';
import { pdfOptions } from './print-templates';
import { APP_ORIGIN } from './app-protocol';
import { MOST_FILE_BYTES } from './bridge-arguments';
import { BRIDGE_CHANNELS } from './bridge-channels';
import { bridgeHandlers, registerBridge, senderIsApp, type BridgeDesktop } from './bridge-handlers';

vi.mock('electron', () => ({}));

const fromApp = { senderFrame: { url: `${APP_ORIGIN}/#/console/ex-1` } } as unknown as IpcMainInvokeEvent;
const APP_INFO: AppInfo = {
  shell: 'desktop',
  appVersion: '0.1.0',
  runtime: { electron: '45.5.0' },
  dataFolder: '/home/excon/.config/Playbook Exercise Simulator/exercises',
};
const HOST_STATUS: DesktopHostStatus = { origin: 'http://127.0.0.1:4173', restarts: 0, problem: null };
const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

/** An event from the app's page, whose contents print to PDF (recording the options they were given). */
function fromAppPrinting(printed: unknown[]): IpcMainInvokeEvent {
  const sender = {
    printToPDF: async (options: unknown) => {
      printed.push(options);
      return PDF_BYTES;
    },
  };
  return { ...fromApp, sender } as unknown as IpcMainInvokeEvent;
}
const fromElsewhere = { senderFrame: { url: 'https://example.org/' } } as unknown as IpcMainInvokeEvent;

/** The desktop as the handlers see it: what the user chooses in the dialogs, and the files, in memory. */
function fakeDesktop(choices: { open?: string | null; save?: string | null } = {}) {
  const files = new Map<string, Uint8Array>([
    ['/home/excon/salisbury.yaml', new TextEncoder().encode('id: s')],
  ]);
  const asked: string[] = [];
  const logged: string[] = [];
  const desktop: BridgeDesktop = {
    chooseFileToOpen: async (extensions) => {
      asked.push(`open ${extensions.join(' ')}`);
      return choices.open ?? null;
    },
    chooseFileToSave: async (name) => {
      asked.push(`save ${name}`);
      return choices.save ?? null;
    },
    fileSize: async (file) =>
      file.endsWith('huge.jsonl') ? MOST_FILE_BYTES + 1 : (files.get(file)?.length ?? 0),
    readFile: async (file) => files.get(file) ?? new Uint8Array(),
    writeFile: async (file, data) => {
      files.set(file, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    },
    appInfo: () => APP_INFO,
    openWindow: (window) => opened.push(window),
    host: {
      status: () => HOST_STATUS,
      setLan: async (on) => ({ on, urls: on ? ['http://10.0.0.5:4173/'] : [], problem: null }),
      restart: async () => ({ ...HOST_STATUS, origin: 'http://127.0.0.1:4180' }),
    },
    log: (line) => logged.push(line),
  };
  const opened: OpenableWindow[] = [];
  return { desktop, files, asked, logged, opened, handlers: bridgeHandlers(desktop) };
}

describe('senderIsApp', () => {
  it('takes a frame of the app’s pages only', () => {
    expect(senderIsApp(fromApp)).toBe(true);
    expect(senderIsApp(fromElsewhere)).toBe(false);
    expect(senderIsApp({ senderFrame: { url: 'app://pbsim.evil/' } } as unknown as IpcMainInvokeEvent)).toBe(
      false,
    );
    expect(senderIsApp({ senderFrame: null } as unknown as IpcMainInvokeEvent)).toBe(false);
  });
});

describe('the bridge’s handlers', () => {
  it('open the file the user chose, by name and bytes, and nothing when they cancel', async () => {
    const chosen = fakeDesktop({ open: '/home/excon/salisbury.yaml' });
    const opened = await chosen.handlers[BRIDGE_CHANNELS.openFile](fromApp, ['.yaml', '.yml']);
    expect(opened).toEqual({ name: 'salisbury.yaml', bytes: new TextEncoder().encode('id: s') });
    expect(chosen.asked).toEqual(['open .yaml .yml']);
    const cancelled = fakeDesktop();
    expect(await cancelled.handlers[BRIDGE_CHANNELS.openFile](fromApp, ['.yaml'])).toBeNull();
  });

  it('refuse a file larger than the bridge carries, naming it', async () => {
    const { handlers } = fakeDesktop({ open: '/media/usb/huge.jsonl' });
    await expect(handlers[BRIDGE_CHANNELS.openFile](fromApp, ['.jsonl'])).rejects.toThrow(
      /huge\.jsonl is \d+ bytes: more than a file opened here may be/,
    );
  });

  it('save where the user chose, and write nothing when they cancel', async () => {
    const chosen = fakeDesktop({ save: '/home/excon/report.html' });
    await chosen.handlers[BRIDGE_CHANNELS.saveFile](fromApp, 'report.html', '<p>AAR</p>', 'text/html');
    expect(new TextDecoder().decode(chosen.files.get('/home/excon/report.html'))).toBe('<p>AAR</p>');
    expect(chosen.asked).toEqual(['save report.html']);
    const cancelled = fakeDesktop();
    await cancelled.handlers[BRIDGE_CHANNELS.saveFile](
      fromApp,
      'x.json',
      new Uint8Array([1]),
      'application/json',
    );
    expect([...cancelled.files.keys()]).toEqual(['/home/excon/salisbury.yaml']);
  });

  it('refuse bad arguments, naming the argument, before asking the user anything', async () => {
    const { handlers, asked } = fakeDesktop({ open: '/x', save: '/y' });
    await expect(handlers[BRIDGE_CHANNELS.openFile](fromApp, ['yaml'])).rejects.toThrow(
      'file:open: argument 0.0: must be an extension such as .yaml',
    );
    await expect(handlers[BRIDGE_CHANNELS.openFile](fromApp, '.yaml')).rejects.toThrow(
      /file:open: argument 0/,
    );
    await expect(
      handlers[BRIDGE_CHANNELS.saveFile](fromApp, '../../.bashrc', 'x', 'text/plain'),
    ).rejects.toThrow('file:save: argument 0: must be a file name, not a path');
    await expect(
      handlers[BRIDGE_CHANNELS.saveFile](fromApp, 'a.txt', { length: 1 }, 'text/plain'),
    ).rejects.toThrow(/file:save: argument 1/);
    await expect(handlers[BRIDGE_CHANNELS.saveFile](fromApp, 'a.txt', 'x', 'not a type')).rejects.toThrow(
      'file:save: argument 2: must be a MIME type',
    );
    await expect(handlers[BRIDGE_CHANNELS.saveFile](fromApp, 'a.txt', 'x')).rejects.toThrow(
      /file:save: argument/,
    );
    expect(asked).toEqual([]);
  });

  it('refuse a frame that is not the app’s, asking the user nothing', async () => {
    const { handlers, asked, logged } = fakeDesktop({ open: '/home/excon/salisbury.yaml' });
    await expect(handlers[BRIDGE_CHANNELS.openFile](fromElsewhere, ['.yaml'])).rejects.toThrow(
      "file:open: only the app's own pages may use the bridge",
    );
    expect(asked).toEqual([]);
    expect(logged).toEqual(["file:open: refused a frame that is not the app's (https://example.org/)"]);
  });

  it('print the asking page to the PDF file the user chose, with the marking; nothing when they cancel', async () => {
    const printed: unknown[] = [];
    const chosen = fakeDesktop({ save: '/home/excon/aar.pdf' });
    const request = { fileName: 'aar.pdf', marking: 'EU RESTRICTED' };
    expect(await chosen.handlers[BRIDGE_CHANNELS.printToPdf](fromAppPrinting(printed), request)).toBe(true);
    expect(chosen.asked).toEqual(['save aar.pdf']);
    expect(printed).toEqual([pdfOptions(request)]);
    expect(chosen.files.get('/home/excon/aar.pdf')).toEqual(PDF_BYTES);
    const cancelled = fakeDesktop();
    expect(await cancelled.handlers[BRIDGE_CHANNELS.printToPdf](fromAppPrinting(printed), request)).toBe(
      false,
    );
    expect(printed).toHaveLength(1);
  });

  it('give the app’s information, open the app’s own windows, and pass host control on', async () => {
    const { handlers, opened } = fakeDesktop();
    expect(await handlers[BRIDGE_CHANNELS.appInfo](fromApp)).toEqual(APP_INFO);
    await handlers[BRIDGE_CHANNELS.openWindow](fromApp, '#/station/ex-1/ms-a,nac');
    await handlers[BRIDGE_CHANNELS.openWindow](fromApp, '#/evaluator/ex-1/evaluator');
    expect(opened).toEqual([
      { kind: 'station', exerciseId: 'ex-1', roles: ['ms-a', 'nac'] },
      { kind: 'evaluator', exerciseId: 'ex-1', role: 'evaluator' },
    ]);
    expect(await handlers[BRIDGE_CHANNELS.hostStatus](fromApp)).toEqual(HOST_STATUS);
    expect(await handlers[BRIDGE_CHANNELS.hostLan](fromApp, true)).toEqual({
      on: true,
      urls: ['http://10.0.0.5:4173/'],
      problem: null,
    });
    expect(await handlers[BRIDGE_CHANNELS.hostRestart](fromApp)).toMatchObject({
      origin: 'http://127.0.0.1:4180',
    });
  });

  it('refuse bad arguments to the other capabilities, naming what is wrong', async () => {
    const printed: unknown[] = [];
    const { handlers, asked, opened } = fakeDesktop({ save: '/y.pdf' });
    const print = (request: unknown) =>
      handlers[BRIDGE_CHANNELS.printToPdf](fromAppPrinting(printed), request);
    await expect(print({ fileName: 'aar.html', marking: 'X' })).rejects.toThrow(
      'pdf:print: argument 0.fileName: must end in .pdf',
    );
    await expect(print({ fileName: 'aar.pdf' })).rejects.toThrow(/pdf:print: argument 0.marking/);
    await expect(print({ fileName: 'aar.pdf', marking: 'X', url: 'https://x' })).rejects.toThrow(/pdf:print/);
    await expect(handlers[BRIDGE_CHANNELS.openWindow](fromApp, '#/console/ex-1')).rejects.toThrow(
      "window:open: argument 0: must be a station's or the evaluator's route",
    );
    await expect(
      handlers[BRIDGE_CHANNELS.openWindow](fromApp, 'https://example.org/#/station/a/b'),
    ).rejects.toThrow(/window:open: argument 0/);
    await expect(handlers[BRIDGE_CHANNELS.hostLan](fromApp, 'yes')).rejects.toThrow(/host:lan: argument 0/);
    await expect(handlers[BRIDGE_CHANNELS.appInfo](fromApp, 'extra')).rejects.toThrow(/app:info/);
    expect([asked, printed, opened]).toEqual([[], [], []]);
  });

  it('are registered one per fixed channel, and nothing else', () => {
    const handled: string[] = [];
    registerBridge({ handle: (channel: string) => void handled.push(channel) }, fakeDesktop().desktop);
    expect(handled.sort()).toEqual(Object.values(BRIDGE_CHANNELS).sort());
  });
});
