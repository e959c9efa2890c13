import { describe, expect, it } from 'vitest';
import { ReadModelFeed, type ExerciseEvent } from '../../../core/index';
import { Harness } from '../../../test/fixtures/engine-harness';
import { harnessView } from '../../../test/fixtures/engine-view';
import { translate, type MessageKey } from '../../i18n/index';
import { describeMover } from './describe-mover';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);

/** Who moved the crisis mechanism, as the board words it, after one rapid alert sent as `sender` says. */
async function moverOfRapidAlert(sender: { role: string; actingAs?: string; station?: string }) {
  const harness = await Harness.create();
  await harness.startAtMaxSpeed();
  const { role, ...extra } = sender;
  const reply = await harness.send('decision/take', { machine: 'crisis', event: 'RAPID_ALERT' }, role, extra);
  expect(reply).toMatchObject({ ok: true });
  const view = harnessView(harness);
  const { history } = new ReadModelFeed(view.content, (event: ExerciseEvent) => event).advance(view.events);
  return describeMover(view, history.lastMove('crisis')!, t);
}

describe('describeMover', () => {
  it('credits an automated role as automated, not as the control role its agent sent through', async () => {
    const words = await moverOfRapidAlert({ role: 'excon', actingAs: 'ms-a', station: 'agent:doctrine' });
    expect(words).toBe('Member State A (automated, by the book)');
    expect(words).not.toContain('Exercise control');
  });

  it('credits control acting by hand to control, and a player to itself', async () => {
    expect(await moverOfRapidAlert({ role: 'excon', actingAs: 'ms-a', station: 'console' })).toBe(
      'Member State A (played by Exercise control)',
    );
    expect(await moverOfRapidAlert({ role: 'ms-a', station: 'station-1' })).toBe('Member State A');
  });
});
