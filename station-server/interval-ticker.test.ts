import { describe, expect, it } from 'vitest';
import { startIntervalTicker } from './interval-ticker';

describe('the interval ticker', () => {
  it('pulses until stopped', async () => {
    let pulses = 0;
    let reached: () => void = () => undefined;
    const threeReached = new Promise<void>((resolve) => (reached = resolve));
    const stop = startIntervalTicker(() => {
      pulses += 1;
      if (pulses === 3) reached();
    }, 5);
    await threeReached;
    stop();
    const after = pulses;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pulses).toBe(after);
  });
});
