import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOST_SESSION_PATH, HOST_SOCKET_PATH, type DesktopBridge } from '../../core/index';
import { browserBridge } from '../bridge/index';
import { hostPageOrigin, hostSocketUrl, hostUrl } from './host-address';

afterEach(() => vi.unstubAllGlobals());

describe('the host’s address', () => {
  it('is the page’s own origin in browser mode', () => {
    expect(hostUrl(HOST_SESSION_PATH)).toBe(HOST_SESSION_PATH);
    expect(hostSocketUrl({ protocol: 'http:', host: '127.0.0.1:8080' })).toBe(
      `ws://127.0.0.1:8080${HOST_SOCKET_PATH}`,
    );
    expect(hostSocketUrl({ protocol: 'https:', host: 'example.test' })).toBe(
      `wss://example.test${HOST_SOCKET_PATH}`,
    );
    expect(hostPageOrigin()).toBe(location.origin);
  });

  it('is the loopback host the desktop bridge names, whatever served the page', () => {
    const desktop: DesktopBridge = { ...browserBridge, hostOrigin: 'http://127.0.0.1:4180' };
    vi.stubGlobal('desktopBridge', desktop);
    expect(hostUrl(HOST_SESSION_PATH)).toBe(`http://127.0.0.1:4180${HOST_SESSION_PATH}`);
    expect(hostSocketUrl({ protocol: 'app:', host: 'pbsim' })).toBe(`ws://127.0.0.1:4180${HOST_SOCKET_PATH}`);
    expect(hostPageOrigin()).toBe('http://127.0.0.1:4180');
  });
});
