import { describe, expect, it } from 'vitest';
import { Harness } from '../../../test/fixtures/engine-harness';
import { harnessView } from '../../../test/fixtures/engine-view';
import { injectNotCleared } from './inject-reach';

describe('injectNotCleared', () => {
  it('names the recipients an inject’s marking will not reach, by the exercise’s own clearances', async () => {
    const view = harnessView(await Harness.create());
    // test/fixtures/mini-playbook/roles.yaml: ms-a is cleared for EU and NATO, ms-c for EU, nac for NATO.
    expect(injectNotCleared(view, 'EU-ONLY', ['ms-a', 'nac'])).toEqual(['nac']);
    expect(injectNotCleared(view, 'NATO-ONLY', ['ms-a', 'ms-c', 'nac'])).toEqual(['ms-c']);
    expect(injectNotCleared(view, 'PUBLIC', ['ms-a', 'nac'])).toEqual([]);
  });

  it('claims nothing for a marking the playbook does not have (the form refuses it before sending)', async () => {
    const view = harnessView(await Harness.create());
    expect(injectNotCleared(view, 'SECRET', ['ms-a'])).toEqual([]);
  });
});
