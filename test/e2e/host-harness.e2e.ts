// The harness itself: each test's page is served by its own host process, the page may ask that host for
// the console's token and open a socket to it, and the host can be killed and restarted on the same address.
import { CONSOLE_CHANNEL, HOST_SESSION_PATH, HOST_SOCKET_PATH } from '../../core/index';
import { expect, test } from './fixtures';

interface Wire {
  socketPath: string;
  channel: string;
  token: string;
}

/** From the page: the first frame the host sends a console that joined its channel and said hello. */
function consoleHello(wire: Wire): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://${location.host}${wire.socketPath}`);
    socket.onopen = () => {
      socket.send(JSON.stringify({ op: 'join', ch: wire.channel }));
      socket.send(
        JSON.stringify({ op: 'post', ch: wire.channel, body: { kind: 'hello', token: wire.token } }),
      );
    };
    socket.onmessage = (event) => {
      resolve(JSON.parse(String(event.data)));
      socket.close();
    };
    socket.onerror = () => reject(new Error(`the socket to ${wire.socketPath} failed`));
  });
}

const sessionOf = (path: string) =>
  fetch(path).then((response) => response.json() as Promise<{ consoleToken: string }>);

test('the page is served by its own host, which hands it the token and welcomes its console socket', async ({
  page,
  host,
}) => {
  await page.goto('/');
  expect(new URL(page.url()).origin).toBe(host.origin);
  const { consoleToken } = await page.evaluate(sessionOf, HOST_SESSION_PATH);
  expect(consoleToken).toMatch(/^[\w-]{32}$/);
  const first = await page.evaluate(consoleHello, {
    socketPath: HOST_SOCKET_PATH,
    channel: CONSOLE_CHANNEL,
    token: consoleToken,
  });
  expect(first).toEqual({ ch: CONSOLE_CHANNEL, body: { kind: 'welcome', dataFolder: host.dataFolder } });

  // Killed and started again: the same address and data folder, a new process with a new token. The app's page
  // is left first: it would try to reconnect while the host is down, and Chromium logs each refused attempt
  // as a console error, which the watcher counts.
  await page.goto('about:blank');
  const pid = host.pid;
  await host.restart();
  expect(host.pid).not.toBe(pid);
  await page.goto('/');
  expect(new URL(page.url()).origin).toBe(host.origin);
  const again = await page.evaluate(sessionOf, HOST_SESSION_PATH);
  expect(again.consoleToken).not.toBe(consoleToken);
});

test('the watcher reports a request or a WebSocket that leaves the host’s origin', async ({
  page,
  host,
  pageFaults,
}) => {
  // From a blank page (no CSP of the app to stop it): what a bug in the app would do.
  const elsewhere = `127.0.0.1:${host.port === 1 ? 2 : 1}`;
  await page.evaluate((address) => {
    new WebSocket(`ws://${address}/socket`);
    void fetch(`http://${address}/data`).catch(() => undefined);
  }, elsewhere);
  await expect
    .poll(() => [...pageFaults.foreignRequests].sort())
    .toEqual([`GET http://${elsewhere}/data`, `WebSocket ws://${elsewhere}/socket`]);
  // Seen, and so not a fault of this test.
  pageFaults.foreignRequests.length = 0;
  pageFaults.consoleErrors.length = 0;
});
