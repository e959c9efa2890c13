import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandReply } from '../../core/index';
import { useUiStore } from '../state/index';
import { useCommand, type SendCommand } from './use-command';

const accepted: CommandReply = { ok: true, commandId: 'c-1', seqs: [7] };
const refused = (field?: string): CommandReply => ({
  ok: false,
  commandId: 'c-1',
  code: 'invalid-command',
  reason: 'must be a role id',
  ...(field ? { field } : {}),
});

/** A sender that answers each command with the next reply, or fails with it when it is an error. */
function sender(...answers: (CommandReply | Error)[]): SendCommand {
  return async () => {
    const answer = answers.shift();
    if (!answer) throw new Error('no answer left');
    if (answer instanceof Error) throw answer;
    return answer;
  };
}

/** A promise to settle by hand, to look at the hook while a command is in flight. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

afterEach(() => useUiStore.setState({ language: 'en' }));

describe('the command hook', () => {
  it('shows the engine’s reason with the field at fault, and clears it once a command is accepted', async () => {
    const send = sender(refused('payload.to'), refused(), accepted);
    const { result } = renderHook(() => useCommand(send));

    await act(async () => {
      expect(
        await result.current.run('message/send', {
          to: ['NAC'],
          marking: 'EU-ONLY',
          subject: 'S',
          body: 'B',
        }),
      ).toBe(false);
    });
    expect(result.current.refusal).toBe('Refused: must be a role id (payload.to)');

    await act(() => result.current.run('inject/acknowledge', { injectId: 'INJ-1' }));
    expect(result.current.refusal).toBe('Refused: must be a role id');

    await act(async () => {
      expect(await result.current.run('inject/acknowledge', { injectId: 'INJ-1' })).toBe(true);
    });
    expect(result.current.refusal).toBeNull();
  });

  it('shows a command that could not be sent as a refusal, in the user’s language, and is no longer busy', async () => {
    const quota = new Error('The quota has been exceeded.');
    const send = sender(quota, new Error('channel closed'));
    const { result } = renderHook(() => useCommand(send));

    await act(async () => {
      expect(await result.current.run('exercise/start', {})).toBe(false);
    });
    expect(result.current.refusal).toBe('Not sent: The quota has been exceeded.');
    expect(result.current.busy).toBe(false);

    act(() => useUiStore.setState({ language: 'nl' }));
    await act(() => result.current.run('exercise/start', {}));
    expect(result.current.refusal).toBe('Niet verzonden: channel closed');
    expect(result.current.busy).toBe(false);
  });

  it('shows a sender that throws before it returns a promise as a refusal too', async () => {
    const closed: SendCommand = () => {
      throw new Error('the station channel is closed');
    };
    const { result } = renderHook(() => useCommand(closed));

    await act(() => result.current.run('message/read', { messageId: 'MSG-1' }));
    expect(result.current.refusal).toBe('Not sent: the station channel is closed');
    expect(result.current.busy).toBe(false);
  });

  it('is busy while a command is in flight, until its reply arrives', async () => {
    const reply = deferred<CommandReply>();
    const { result } = renderHook(() => useCommand(() => reply.promise));
    expect(result.current.busy).toBe(false);

    let sent: Promise<boolean> = Promise.resolve(false);
    act(() => {
      sent = result.current.run('exercise/pause', {});
    });
    expect(result.current.busy).toBe(true);

    await act(async () => {
      reply.resolve(accepted);
      expect(await sent).toBe(true);
    });
    expect(result.current.busy).toBe(false);
  });

  it('lets a screen dismiss a refusal', async () => {
    const send = sender(refused());
    const { result } = renderHook(() => useCommand(send));
    await act(() => result.current.run('exercise/end', {}));
    expect(result.current.refusal).not.toBeNull();

    act(() => result.current.clearRefusal());
    expect(result.current.refusal).toBeNull();
  });
});
