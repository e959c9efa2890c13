import { describe, expect, it } from 'vitest';
import { EMPTY_METRICS, SAMPLE_CROSSINGS, SAMPLE_METRICS, SAMPLE_WORDS } from './sample-metrics';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

// The charts' tests read their expected numbers from the comments of sample-metrics.ts; these checks keep the
// hand-written figures as coherent as computeMetrics would make them, so no chart is tested against nonsense.
describe('the sample metrics', () => {
  it('count the released expected actions by status, with the hit rate of docs/metrics.md', () => {
    const { byStatus, released, total, hitRate } = SAMPLE_METRICS.expectedActions;
    expect(sum(Object.values(byStatus))).toBe(released);
    expect(released).toBeLessThanOrEqual(total);
    expect(hitRate).toBe((byStatus.met + byStatus['marked-met']) / released);
  });

  it('give EU↔NATO figures that the standing crossings add up to', () => {
    const { euNato } = SAMPLE_METRICS.exchange;
    const standing = SAMPLE_CROSSINGS.filter((crossing) => !crossing.voided);
    const crossed = (kind: string) =>
      standing.filter((crossing) => crossing.kind === kind && crossing.outcome === 'delivered').length;
    expect(crossed('message')).toBe(euNato.messages);
    expect(crossed('product')).toBe(euNato.products);
    expect(crossed('inject')).toBe(euNato.scriptedInjects);
    expect(euNato.exchanges).toBe(euNato.messages + euNato.products);
    expect(standing.filter((crossing) => crossing.outcome === 'blocked')).toHaveLength(euNato.blocked);
    const seqs = SAMPLE_CROSSINGS.map((crossing) => crossing.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('count blocked deliveries alike per marking and per organisation pair', () => {
    const { blockedByMarking, blockedTotal, edges } = SAMPLE_METRICS.exchange;
    expect(sum(Object.values(blockedByMarking))).toBe(blockedTotal);
    expect(sum(edges.map((edge) => edge.blocked))).toBe(blockedTotal);
  });

  it('mark as EU↔NATO exactly the pairs the crossings run between, with their counts', () => {
    const { edges } = SAMPLE_METRICS.exchange;
    const pairs = new Set(SAMPLE_CROSSINGS.map((crossing) => `${crossing.fromOrg}|${crossing.toOrg}`));
    expect(
      new Set(edges.filter((edge) => edge.euNato).map((edge) => `${edge.fromOrg}|${edge.toOrg}`)),
    ).toEqual(pairs);
    for (const edge of edges.filter((candidate) => candidate.euNato)) {
      const along = SAMPLE_CROSSINGS.filter(
        (crossing) => !crossing.voided && crossing.fromOrg === edge.fromOrg && crossing.toOrg === edge.toOrg,
      );
      const delivered = along.filter((crossing) => crossing.outcome === 'delivered').length;
      expect(edge.messages + edge.injects + edge.products, `${edge.fromOrg} → ${edge.toOrg}`).toBe(delivered);
      expect(edge.blocked).toBe(along.length - delivered);
    }
  });

  it('list as legal clocks the windows of metric legal-clock, and lapse only a UCPM case', () => {
    const { legalClocks, windows } = SAMPLE_METRICS;
    expect(legalClocks.windows).toEqual(windows.filter((window) => window.metric === 'legal-clock'));
    expect(legalClocks.ucpmLapsed.every((key) => key.startsWith('ucpm#'))).toBe(true);
    expect(legalClocks.ucpmLapsed.length).toBeLessThanOrEqual(legalClocks.ucpmRequests);
  });

  it('measure windows as core does: met within the window, late after it, no time when not reached', () => {
    for (const window of SAMPLE_METRICS.windows) {
      const took = window.span?.scenarioMs ?? null;
      if (window.status === 'met') expect(took).not.toBeNull();
      if (window.status === 'met') expect(took ?? Infinity).toBeLessThanOrEqual(window.expectedMs);
      if (window.status === 'late') expect(took ?? 0).toBeGreaterThan(window.expectedMs);
      if (window.status === 'missed' || window.status === 'open') expect(took).toBeNull();
    }
  });

  it('word roles and mechanisms as eventWordsFrom does, a case as `Title (case)`, an unknown id as itself', () => {
    expect(SAMPLE_WORDS.role('ms-a')).toBe('Member State A');
    expect(SAMPLE_WORDS.role('nobody')).toBe('nobody');
    expect(SAMPLE_WORDS.mechanism('ucpm')).toBe('Civil Protection Mechanism');
    expect(SAMPLE_WORDS.mechanism('ucpm#2')).toBe('Civil Protection Mechanism (2)');
    expect(SAMPLE_WORDS.mechanism('unknown')).toBe('unknown');
  });

  it('have an empty twin with nothing released, delivered, exchanged or timed', () => {
    expect(EMPTY_METRICS.expectedActions.released).toBe(0);
    expect(EMPTY_METRICS.acknowledgement).toEqual([]);
    expect(EMPTY_METRICS.exchange.edges).toEqual([]);
    expect(EMPTY_METRICS.windows).toEqual([]);
    expect(Object.keys(EMPTY_METRICS.stages.byMechanism)).toEqual([]);
  });
});
