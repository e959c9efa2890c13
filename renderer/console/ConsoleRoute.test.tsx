// What the console's route shows while its engine host opens, when it fails, and once it is ready. The host and
// the console screen are stood in for: they have tests of their own.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExerciseView } from '../../core/index';
import type { SendCommand } from '../components/index';
import { useEngineHost, type EngineHost } from '../host/index';
import { ConsoleRoute } from './ConsoleRoute';

vi.mock('../host/index', () => ({ useEngineHost: vi.fn() }));
vi.mock('./ConsoleScreen', () => ({
  ConsoleScreen: (props: { view: { name: string }; onDismissError: () => void }) => (
    <button type="button" onClick={props.onDismissError}>
      console of {props.view.name}
    </button>
  ),
}));

afterEach(() => vi.clearAllMocks());

describe('the console route', () => {
  it('says it is opening the exercise, under the banner', () => {
    vi.mocked(useEngineHost).mockReturnValue({ status: 'loading' });
    render(<ConsoleRoute exerciseId="ex-1" />);
    expect(useEngineHost).toHaveBeenCalledWith('ex-1');
    expect(screen.getByRole('banner')).toHaveTextContent('Controller console');
    expect(screen.getByRole('status')).toHaveTextContent('Opening the exercise…');
  });

  it('says why the exercise could not be opened, with the way home', () => {
    vi.mocked(useEngineHost).mockReturnValue({ status: 'failed', reason: 'no exercise "ex-9"' });
    render(<ConsoleRoute exerciseId="ex-9" />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The exercise could not be opened: no exercise "ex-9"',
    );
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '#/');
  });

  it('opens the console on the host’s view, and passes the dismissal of a storage error to the host', async () => {
    const dismissError = vi.fn();
    const send: SendCommand = async () => ({ ok: true, commandId: 'c', seqs: [] });
    const host = { view: { name: 'Tabletop' } as unknown as ExerciseView, send, dismissError };
    vi.mocked(useEngineHost).mockReturnValue({ status: 'ready', host: host as unknown as EngineHost });
    render(<ConsoleRoute exerciseId="ex-1" />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'console of Tabletop' }));
    expect(dismissError).toHaveBeenCalledOnce();
  });
});
