// The playbook and scenarios that ship with the app: valid, complete, and documented.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { parse } from 'yaml';
import {
  formatProblem,
  isInForce,
  PLAYBOOK_DOCUMENT_VERSIONS,
  SCENARIO_SCHEMA_VERSION,
  validateContent,
} from '../core/index';
import { PROJECT_ROOT } from '../node-adapters/index';
import { bundledPlaybookSources, bundledScenarioSources, loadBundledPlaybook } from './bundled-content';

const REQUIRED_MECHANISMS = [
  'situational-awareness',
  'eeas-crm',
  'argus',
  'ipcr',
  'solidarity-clause',
  'mutual-assistance',
  'ucpm',
  'health-security',
  'cyber-blueprint',
  'cyber-diplomacy',
  'sanctions',
  'stratcom',
  'political-decision',
  'attribution',
  'eu-nato-link',
  'playbook-phases',
];

describe('bundled content', () => {
  it('validates without a single problem', () => {
    const report = validateContent([...bundledPlaybookSources(), ...bundledScenarioSources()], []);
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.scenarioFiles).toBeGreaterThanOrEqual(1);
  });

  const playbook = loadBundledPlaybook();

  it('covers the machine catalogue', () => {
    for (const id of REQUIRED_MECHANISMS) expect(playbook.mechanisms.has(id), id).toBe(true);
  });

  it('every mechanism cites sources, says what it reconstructs and builds in every era it knows', () => {
    for (const mechanism of playbook.mechanisms.values()) {
      expect(mechanism.sources.length, mechanism.id).toBeGreaterThan(0);
      expect(mechanism.reconstructed.length, mechanism.id).toBeGreaterThan(20);
      const dates = ['2018-06-01', '2019-11-04', '2021-01-01', '2025-01-10'].filter((date) =>
        isInForce(mechanism.inForce, date),
      );
      for (const date of dates) {
        expect(() =>
          initialTransition(playbook.machine(mechanism.id, date), { instance: 'case' }),
        ).not.toThrow();
      }
    }
  });

  it('routes every mechanism but the orchestrator into the Playbook phases', () => {
    for (const mechanism of playbook.mechanisms.values()) {
      if (mechanism.id === 'playbook-phases') continue;
      expect(
        mechanism.routes.some((route) => route.send.machine === 'playbook-phases'),
        mechanism.id,
      ).toBe(true);
    }
  });

  it('has the roles catalogue: EU institutions, Member States, NATO, control, evaluation, observers', () => {
    const sides = new Set(playbook.roles.map((role) => role.side));
    for (const side of ['eu', 'national', 'nato', 'control', 'evaluation']) expect(sides).toContain(side);
    for (const id of [
      'excon',
      'simcell',
      'nato-white-cell',
      'lead-evaluator',
      'evaluator',
      'observer',
      'presidency',
      'nac',
    ]) {
      expect(playbook.role(id), id).toBeDefined();
    }
    expect(
      playbook.roles.filter((role) => role.groups.includes('member-state')).length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('has the releasability markings, with the clearance rule applied', () => {
    for (const id of ['PUBLIC', 'EU-ONLY', 'NATO-ONLY', 'REL-EU-NATO', 'EU-INSTITUTIONS-ONLY']) {
      expect(playbook.marking(id), id).toBeDefined();
    }
    const nonNato = playbook.role('ms-c')!;
    expect(playbook.canSee(nonNato, 'NATO-ONLY')).toBe(false);
    expect(playbook.canSee(nonNato, 'EU-ONLY')).toBe(true);
    expect(playbook.canSee(playbook.role('nac')!, 'EU-ONLY')).toBe(false);
    expect(playbook.canSee(playbook.role('ms-affected')!, 'EU-INSTITUTIONS-ONLY')).toBe(false);
    expect(playbook.canSee(playbook.role('observer')!, 'PUBLIC')).toBe(true);
    for (const marking of playbook.markings)
      expect(playbook.canSee(playbook.role('excon')!, marking.id)).toBe(true);
  });

  it('is written for today’s versions: bundled documents never lean on a migration step', () => {
    const current: Record<string, number> = {
      ...PLAYBOOK_DOCUMENT_VERSIONS,
      scenario: SCENARIO_SCHEMA_VERSION,
    };
    for (const source of [...bundledPlaybookSources(), ...bundledScenarioSources()]) {
      const { kind, schemaVersion } = parse(source.text) as { kind: string; schemaVersion: number };
      expect(schemaVersion, source.path).toBe(current[kind]);
    }
  });

  it('marks the EU–NATO staff-to-staff events, and only those, as EU↔NATO exchanges', () => {
    const exchanges = [...playbook.mechanisms.values()].flatMap((mechanism) =>
      Object.entries(mechanism.events)
        .filter(([, event]) => event.exchange === 'eu-nato')
        .map(([name]) => `${mechanism.id} ${name}`),
    );
    expect(exchanges.sort()).toEqual([
      'eu-nato-link AGREE_COORDINATED_MESSAGING',
      'eu-nato-link CROSS_BRIEFING',
      'eu-nato-link DISINFO_ALERT_EXCHANGED',
      'eu-nato-link SHARE_PRODUCT',
      'eu-nato-link STAFF_CONTACT',
      'situational-awareness SHARE_WITH_NATO',
    ]);
  });

  it('ships a README beside every scenario', () => {
    for (const source of bundledScenarioSources()) {
      expect(existsSync(path.join(PROJECT_ROOT, path.dirname(source.path), 'README.md')), source.path).toBe(
        true,
      );
    }
  });
});
