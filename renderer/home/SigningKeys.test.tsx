// Home's signing keys against a real test host: this host's key saved as a PEM file for partners, a partner's
// key file imported under a name, and a file that is not a key refused with its name and the host's reason.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_TOKEN, TestHost } from '../../test/fixtures/test-host';
import { stubFileBridge } from '../../test/fixtures/file-bridge';
import { SigningKeys } from './SigningKeys';

/** A partner's Ed25519 key file, as its host saves it (made once with Node's crypto), and its DER. */
const PARTNER_DER = 'MCowBQYDK2VwAyEApBgQFOxvMzCeyEb0uKeCegBZ0rK1jncgjP+5VBJ68LI=';
const PARTNER_PEM = `-----BEGIN PUBLIC KEY-----\n${PARTNER_DER}\n-----END PUBLIC KEY-----\n`;

/** A fingerprint as the panel shows it, worked out here: the first 20 hex characters by fours. */
const shortForm = (fingerprint: string) => fingerprint.slice(0, 20).replace(/(.{4})(?!$)/g, '$1 ');

afterEach(() => vi.unstubAllGlobals());

describe('SigningKeys', () => {
  it('saves this host’s key for partners and imports a partner’s key file under the name given', async () => {
    const user = userEvent.setup();
    const host = new TestHost();
    const { saved, bridge } = stubFileBridge();
    render(<SigningKeys token={() => TEST_TOKEN} fetcher={host.fetch} />);
    const own = host.api.signingKey;
    expect(await screen.findByText(`This host’s key: ${shortForm(own.fingerprint)}`)).toHaveAttribute(
      'title',
      own.fingerprint,
    );
    expect(screen.getByText('No partner key has been imported yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save this host’s key' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({
      name: `pbsim-host-key-${own.fingerprint.slice(0, 8)}.pem`,
      mimeType: 'application/x-pem-file',
    });
    // The file is PEM around the key the host signs with.
    const pemLines = (saved[0]?.data ?? '').trimEnd().split('\n');
    expect(pemLines[0]).toBe('-----BEGIN PUBLIC KEY-----');
    expect(pemLines.at(-1)).toBe('-----END PUBLIC KEY-----');
    expect(pemLines.slice(1, -1).join('')).toBe(own.publicKey);

    bridge.opened = { name: 'nato-hq.pem', bytes: new TextEncoder().encode(PARTNER_PEM) };
    await user.type(screen.getByLabelText('Whose key is it?'), 'NATO HQ laptop');
    await user.click(screen.getByRole('button', { name: 'Import a partner’s key…' }));
    const imported = (await host.api.signingKeys()).known[0];
    expect(imported?.publicKey).toBe(PARTNER_DER);
    expect(await screen.findByRole('status')).toHaveTextContent(
      `Imported the key of NATO HQ laptop (${shortForm(imported?.fingerprint ?? '')}).`,
    );
    const row = screen.getByRole('row', { name: /NATO HQ laptop/ });
    expect(within(row).getByText(shortForm(imported?.fingerprint ?? ''))).toBeInTheDocument();
    expect(screen.getByLabelText('Whose key is it?')).toHaveValue('');
    host.close();
  });

  it('refuses a file that is not a key, naming it, and lists nothing', async () => {
    const user = userEvent.setup();
    const host = new TestHost();
    const { bridge } = stubFileBridge();
    render(<SigningKeys token={() => TEST_TOKEN} fetcher={host.fetch} />);
    await screen.findByText(/^This host’s key:/);
    bridge.opened = { name: 'notes.txt', bytes: new TextEncoder().encode('meeting at ten') };
    await user.click(screen.getByRole('button', { name: 'Import a partner’s key…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not imported: notes.txt: not a public key: a partner’s key file is the PEM text its host saved',
    );
    expect(screen.getByText('No partner key has been imported yet.')).toBeInTheDocument();
    expect((await host.api.signingKeys()).known).toEqual([]);
    host.close();
  });

  it('says why when the host’s keys cannot be read', async () => {
    stubFileBridge();
    const host = new TestHost();
    render(<SigningKeys token={() => 'wrong'} fetcher={host.fetch} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/^The host’s keys could not be read: 403/);
    expect(screen.queryByRole('button', { name: 'Save this host’s key' })).toBeNull();
    host.close();
  });
});
