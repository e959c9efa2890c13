import { describe, expect, it } from 'vitest';
import { ManualTicker } from './ticker';

describe('the manual ticker', () => {
  it('pulses everyone ticking by it, waits for slow pulses to finish, and forgets whoever stopped', async () => {
    const ticker = new ManualTicker();
    const heard: string[] = [];
    const stopSlow = ticker.start(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      heard.push('slow');
    }, 250);
    ticker.start(() => void heard.push('quick'), 250);
    expect(ticker.running).toBe(2);
    await ticker.pulse();
    expect([...heard].sort()).toEqual(['quick', 'slow']);
    stopSlow();
    await ticker.pulse();
    expect(heard.slice(2)).toEqual(['quick']);
    expect(ticker.running).toBe(1);
  });
});
