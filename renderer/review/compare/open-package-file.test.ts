// A package chosen in the Compare view, proved in the browser: chain, seal and signature by core's openPackage
// with @noble/curves' Ed25519, against packages signed here with WebCrypto's; the journal it gives is checked
// against the journal packaged.
import { describe, expect, it, vi } from 'vitest';
import { encodeEvents, fingerprintOf } from '../../../core/index';
import { reviewModels } from '../../../test/fixtures/review-log';
import { webCryptoPackage, webCryptoSigner } from '../../../test/fixtures/webcrypto-package';
import { openPackageFile } from './open-package-file';

const bytesOf = (text: string) => new TextEncoder().encode(text);

async function journalText(): Promise<string> {
  const { h } = await reviewModels();
  return encodeEvents(h.log);
}

describe('openPackageFile', () => {
  it('gives a whole package’s journal exactly, and its signer', async () => {
    const journal = await journalText();
    const signer = await webCryptoSigner();
    const opened = await openPackageFile(bytesOf(await webCryptoPackage(journal, signer)));
    // Signed by WebCrypto here, verified by @noble/curves there: two implementations agree.
    expect(opened).toMatchObject({ kind: 'package', fingerprint: fingerprintOf(signer.publicKey) });
    expect(opened.kind === 'package' && new TextDecoder().decode(opened.bytes)).toBe(journal);
  });

  it('passes a plain journal through as it is', async () => {
    const bytes = bytesOf(await journalText());
    expect(await openPackageFile(bytes)).toEqual({ kind: 'journal', bytes });
  });

  it('refuses a package edited in a line, naming that line', async () => {
    const text = await webCryptoPackage(await journalText(), await webCryptoSigner());
    const lines = text.split('\n');
    // Package line 7 is journal line 6: one character of it changed.
    lines[6] = (lines[6] as string).replace('"seq":6', '"seq":7');
    expect(await openPackageFile(bytesOf(lines.join('\n')))).toEqual({
      kind: 'refused',
      reason: 'not the line that was packaged there (edited, moved or removed)',
      line: 7,
    });
  });

  it('refuses a package whose signature is another key’s, at the seal’s line', async () => {
    const journal = await journalText();
    const [signer, other] = [await webCryptoSigner(), await webCryptoSigner()];
    const text = await webCryptoPackage(journal, signer);
    // A real signature of the same package by another key: well formed, but not the manifest's key's.
    const forged = (await webCryptoPackage(journal, { ...other, publicKey: signer.publicKey })).split('\n');
    const lines = text.split('\n');
    lines[lines.length - 2] = forged[forged.length - 2] as string;
    expect(lines.join('\n')).not.toBe(text);
    const opened = await openPackageFile(bytesOf(lines.join('\n')));
    expect(opened).toEqual({
      kind: 'refused',
      reason: "the package's signature does not hold for its seal: it was altered after it was signed",
      line: journal.trimEnd().split('\n').length + 2,
    });
  });

  it('proves a package on a page that is no secure context (an evaluator station on the room network)', async () => {
    const signer = await webCryptoSigner();
    const text = await webCryptoPackage(await journalText(), signer);
    // Plain http: the browser leaves crypto.subtle out.
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    try {
      expect(globalThis.crypto.subtle).toBeUndefined();
      expect(await openPackageFile(bytesOf(text))).toMatchObject({ kind: 'package' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
