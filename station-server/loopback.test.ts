import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isLoopbackHostHeader, isLoopbackName } from './loopback';

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1'])('takes %s', (address) =>
    expect(isLoopbackAddress(address)).toBe(true),
  );
  it.each([
    undefined,
    '',
    '10.0.0.5',
    '192.168.1.2',
    '::ffff:10.0.0.1',
    '::2',
    'fe80::1',
    '128.0.0.1',
    'localhost',
  ])('refuses %s', (address) => expect(isLoopbackAddress(address)).toBe(false));
});

describe('isLoopbackName', () => {
  it.each(['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '[::1]', '::1'])('takes %s', (name) =>
    expect(isLoopbackName(name)).toBe(true),
  );
  it.each(['example.com', 'localhost.example.com', '10.1.1.1', '[fe80::1]'])('refuses %s', (name) =>
    expect(isLoopbackName(name)).toBe(false),
  );
});

describe('isLoopbackHostHeader', () => {
  it.each(['127.0.0.1:4173', 'localhost:4173', 'localhost', '[::1]:8080', '127.0.0.1:80', 'LocalHost:1'])(
    'takes %s',
    (host) => expect(isLoopbackHostHeader(host)).toBe(true),
  );
  it.each([
    undefined,
    '',
    'evil.example:4173',
    '192.168.0.10:4173',
    '0x7f.1:4173',
    'user@127.0.0.1:4173',
    '127.0.0.1:4173/path',
    '127.0.0.1:notaport',
  ])('refuses %s', (host) => expect(isLoopbackHostHeader(host)).toBe(false));
});
