import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { MOST_FILE_BYTES } from './bridge-arguments';
import { BRIDGE_CHANNELS } from './bridge-channels';
import { bridgeHandlers, registerBridge, senderIsApp, type BridgeDesktop } from './bridge-handlers';

vi.mock('electron', () => ({}));

const fromApp = { senderFrame: { url: `${APP_ORIGIN}/#/console/ex-1` } } as unknown as IpcMainInvokeEvent;
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
    log: (line) => logged.push(line),
  };
  return { desktop, files, asked, logged, handlers: bridgeHandlers(desktop) };
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

  it('are registered one per fixed channel, and nothing else', () => {
    const handled: string[] = [];
    registerBridge({ handle: (channel: string) => void handled.push(channel) }, fakeDesktop().desktop);
    expect(handled.sort()).toEqual(Object.values(BRIDGE_CHANNELS).sort());
  });
});
