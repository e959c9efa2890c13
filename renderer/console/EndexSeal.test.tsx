// The head at ENDEX from a real test host: worked out by hand from the journal's lines up to exercise.ended,
// and unchanged by what is recorded after (the hot wash's observations).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { encodeEvents, sha256Hex } from '../../core/index';
import { miniExercise } from '../../test/fixtures/test-console';
import { TEST_TOKEN, TestHost } from '../../test/fixtures/test-host';
import { fetchSeal } from '../host/index';
import { EndexSeal } from './EndexSeal';

/** The chain from its definition (core/package/package-format.ts), with core's SHA-256. */
const chainByHand = (exerciseId: string, lines: string[]) =>
  lines.reduce((link, line) => sha256Hex(`${link}\n${line}`), sha256Hex(`pbsim-journal\n${exerciseId}`));
const grouped = (hex: string) => hex.replace(/(.{8})(?!$)/g, '$1 ');

describe('EndexSeal', () => {
  it('shows the journal’s head after exercise.ended and the host’s key, whatever is recorded after', async () => {
    const host = new TestHost();
    const { exerciseId } = await host.create(miniExercise());
    const exercise = host.exercise(exerciseId);
    await exercise.execute({ commandId: 'c-1', type: 'exercise/start', payload: {} });
    await exercise.execute({ commandId: 'c-2', type: 'exercise/end', payload: {} });
    const endexSeq = host.recorded(exerciseId).findLast((event) => event.type === 'exercise.ended')?.seq ?? 0;
    const atEndex = encodeEvents(host.recorded(exerciseId).slice(0, endexSeq)).trimEnd().split('\n');
    await exercise.execute({
      commandId: 'c-3',
      type: 'observation/record',
      payload: { observationId: 'OBS-1', kind: 'strength', text: 'Alerts went out within the hour' },
    });
    expect(host.recorded(exerciseId).length).toBeGreaterThan(endexSeq); // something was recorded after

    const seal = (id: string, through: number) => fetchSeal(id, TEST_TOKEN, { through, fetcher: host.fetch });
    render(<EndexSeal exerciseId={exerciseId} endexSeq={endexSeq} seal={seal} />);
    const fingerprint = host.api.signingKey.fingerprint.slice(0, 20).replace(/(.{4})(?!$)/g, '$1 ');
    expect(
      await screen.findByText(
        `The record at ENDEX: after event ${endexSeq}, the journal’s hash chain reads ${grouped(chainByHand(exerciseId, atEndex))}. This host signs its packages with the key ${fingerprint}. Note both: any package of this exercise must carry this head.`,
      ),
    ).toBeInTheDocument();
    host.close();
  });

  it('says why when the host cannot give it, and asks again on request', async () => {
    let away = true;
    const seal = async (exerciseId: string, through: number) => {
      if (away) throw new Error('the exercise host cannot be reached');
      return { exerciseId, head: 'ab'.repeat(32), lines: through, fingerprint: 'cd'.repeat(32) };
    };
    render(<EndexSeal exerciseId="x" endexSeq={9} seal={seal} />);
    expect(
      await screen.findByText(
        'The journal’s head at ENDEX could not be read from the host: the exercise host cannot be reached',
      ),
    ).toBeInTheDocument();
    away = false;
    await userEvent.click(screen.getByRole('button', { name: 'Ask the host again' }));
    expect(
      await screen.findByText(/^The record at ENDEX: after event 9, the journal’s hash chain reads abababab/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ask the host again' })).toBeNull();
  });
});
