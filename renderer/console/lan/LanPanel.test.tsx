import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type {
  ConsoleMessage,
  JoinCodeView,
  LanStatus,
  StationAccessView,
  StationGrantKind,
} from '../../../core/index';
import { Harness } from '../../../test/fixtures/engine-harness';
import { harnessView } from '../../../test/fixtures/engine-view';
import { LanPanel } from './LanPanel';
import type { StationAccessSource } from './use-station-access';

const code = (codeId: string, code: string, roles: string[], kind: StationGrantKind): JoinCodeView => ({
  codeId,
  code,
  roles,
  kind,
  issuedWallMs: 0,
});

/** A host as the panel sees it (a StationAccessSource, as useStationAccess reads it): pushes it can make, and every request kept (a reason makes it refuse). */
function fakeHost(options: { refuse?: string; problem?: string } = {}) {
  let lan: LanStatus = { on: false, urls: [], problem: null };
  let access: Extract<ConsoleMessage, { kind: 'access' }> | null = null;
  const listeners = new Set<() => void>();
  const asked: string[] = [];
  const push = () => listeners.forEach((listener) => listener());
  const answer = async (what: string) => {
    asked.push(what);
    if (options.refuse) throw new Error(options.refuse);
  };
  const source: StationAccessSource = {
    get lanStatus() {
      return lan;
    },
    accessOf: () => access,
    onAccess: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    setLan: async (on) => {
      await answer(`lan ${on}`);
      lan = on
        ? { on: true, urls: ['http://192.168.10.4:4173/'], problem: options.problem ?? null }
        : { on, urls: [], problem: null };
      push();
      return lan;
    },
    issueCode: (exerciseId, roles, grant) => answer(`issue ${exerciseId} ${roles.join(',')} ${grant}`),
    revokeCode: (exerciseId, codeId) => answer(`revoke-code ${exerciseId} ${codeId}`),
    revokeStation: (exerciseId, stationId) => answer(`revoke-station ${exerciseId} ${stationId}`),
  };
  const setAccess = (codes: JoinCodeView[], stations: StationAccessView[] = []) => {
    access = { kind: 'access', exerciseId: 'mini-1', codes, stations };
    push();
  };
  return { source, asked, setAccess };
}

async function shown(host: ReturnType<typeof fakeHost>) {
  const view = harnessView(await Harness.create());
  render(<LanPanel view={view} source={host.source} />);
  return screen.getByRole('region', { name: 'Stations on the room network' });
}

describe('LanPanel: the room-network panel', () => {
  it('opens the host to the room network and shows the address to give out, then closes it', async () => {
    const host = fakeHost();
    const user = userEvent.setup();
    const panel = await shown(host);
    expect(within(panel).getByText(/The host serves this laptop only/)).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: 'Open to the room network' }));
    expect(await within(panel).findByText('http://192.168.10.4:4173/')).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: 'Close to the room network' }));
    await waitFor(() => expect(within(panel).queryByText('http://192.168.10.4:4173/')).toBeNull());
    expect(host.asked).toEqual(['lan true', 'lan false']);
  });

  // JoinCodes: the codes' table; ConfirmStep: the second step before a code or a station is revoked.
  it('lists each code in groups to read aloud, with its role and kind, and draws its QR code on request', async () => {
    const host = fakeHost();
    const user = userEvent.setup();
    const panel = await shown(host);
    host.setAccess([
      code('c-1', 'KM7HXR3CA', ['ms-a'], 'player'),
      code('c-2', 'ACDEFHJKM', ['nac'], 'player'),
    ]);
    const row = (await within(panel).findByText('KM7-HXR-3CA')).closest('tr') as HTMLElement;
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Member State A');
    expect(within(row).getByText('participant')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Open here' })).toHaveAttribute('href', '#/join/KM7HXR3CA');
    expect(within(row).queryByRole('img')).toBeNull();
    await user.click(within(row).getByRole('button', { name: 'Show QR code' }));
    expect(within(row).getByRole('img', { name: 'QR code to join as Member State A' })).toBeInTheDocument();
    // Without the room network, the link opens this page's own origin.
    expect(within(row).getByText(`${location.origin}/#/join/KM7HXR3CA`)).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Hide QR code' }));
    expect(within(row).queryByRole('img')).toBeNull();
  });

  it('puts the first room-network address in the QR code’s link while the host listens on it', async () => {
    const host = fakeHost();
    const user = userEvent.setup();
    const panel = await shown(host);
    await user.click(within(panel).getByRole('button', { name: 'Open to the room network' }));
    host.setAccess([code('c-1', 'KM7HXR3CA', ['ms-a'], 'player')]);
    const row = (await within(panel).findByText('KM7-HXR-3CA')).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'Show QR code' }));
    expect(within(row).getByText('http://192.168.10.4:4173/#/join/KM7HXR3CA')).toBeInTheDocument();
  });

  it('shows why the host does not listen everywhere when it says so', async () => {
    const host = fakeHost({ problem: 'port 4173 is in use on 192.168.10.4' });
    const user = userEvent.setup();
    const panel = await shown(host);
    await user.click(within(panel).getByRole('button', { name: 'Open to the room network' }));
    expect(await within(panel).findByText(/port 4173 is in use on 192\.168\.10\.4/)).toBeVisible();
  });

  it('replaces a code only once the controller confirmed', async () => {
    const host = fakeHost();
    const user = userEvent.setup();
    const panel = await shown(host);
    host.setAccess([code('c-1', 'KM7HXR3CA', ['ms-a'], 'player')]);
    await user.click(await within(panel).findByRole('button', { name: 'Replace code…' }));
    const dialog = within(panel).getByRole('alertdialog');
    expect(dialog).toHaveTextContent(
      'Replace the code of Member State A? The old code stops working at once',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(host.asked).toEqual([]);
    await user.click(within(panel).getByRole('button', { name: 'Replace code…' }));
    await user.click(within(panel).getByRole('button', { name: 'Replace the code' }));
    await waitFor(() => expect(host.asked).toEqual(['revoke-code mini-1 c-1']));
  });

  // ControlCode: a control role only on request.
  it('gives a control station only for a control role the controller picked and confirmed', async () => {
    const host = fakeHost();
    const user = userEvent.setup();
    const panel = await shown(host);
    host.setAccess([]);
    await user.click(await within(panel).findByRole('button', { name: 'Give a control station…' }));
    // EXCON keeps the clock at this console: only the other control roles are offered.
    const picker = within(panel).getByLabelText('Control role');
    expect([...picker.querySelectorAll('option')].map((option) => option.value)).toEqual(['simcell']);
    await user.click(within(panel).getByRole('button', { name: 'Make a control code' }));
    const dialog = within(panel).getByRole('alertdialog');
    expect(dialog).toHaveTextContent('Give Simulation cell to a laptop on the room network?');
    expect(host.asked).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Make a control code' }));
    await waitFor(() => expect(host.asked).toEqual(['issue mini-1 simcell control']));
  });

  // ConnectedStations: who joined, and cutting one off.
  it('shows who joined, from where and since when, and cuts a station off once confirmed', async () => {
    const host = fakeHost();
    const user = userEvent.setup();
    const panel = await shown(host);
    const station = (stationId: string, revokedWallMs: number | null): StationAccessView => ({
      stationId,
      roles: ['ms-a'],
      kind: 'player',
      via: 'code',
      address: '192.168.10.21',
      issuedWallMs: 1,
      revokedWallMs,
      connections: revokedWallMs === null ? [{ address: '192.168.10.21', sinceWallMs: 5 }] : [],
    });
    host.setAccess([], [station('st-live', null), station('st-gone', 9)]);
    const live = (await within(panel).findByText('st-live')).closest('tr') as HTMLElement;
    expect(live).toHaveTextContent('192.168.10.21');
    expect(live).toHaveTextContent('1 open');
    const gone = within(panel).getByText('st-gone').closest('tr') as HTMLElement;
    expect(gone).toHaveClass('revoked');
    expect(within(gone).queryByRole('button', { name: 'Revoke…' })).toBeNull();
    await user.click(within(live).getByRole('button', { name: 'Revoke…' }));
    expect(within(panel).getByRole('alertdialog')).toHaveTextContent(
      'Cut station st-live (Member State A) off now?',
    );
    await user.click(within(panel).getByRole('button', { name: 'Cut it off' }));
    await waitFor(() => expect(host.asked).toEqual(['revoke-station mini-1 st-live']));
  });

  it('shows the host’s reason when it refuses, and throws nothing', async () => {
    const host = fakeHost({ refuse: 'exercise mini-1 has no live join code c-1' });
    const user = userEvent.setup();
    const panel = await shown(host);
    host.setAccess([code('c-1', 'KM7HXR3CA', ['ms-a'], 'player')]);
    await user.click(await within(panel).findByRole('button', { name: 'Replace code…' }));
    await user.click(within(panel).getByRole('button', { name: 'Replace the code' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'The host did not do it: exercise mini-1 has no live join code c-1',
    );
  });
});
