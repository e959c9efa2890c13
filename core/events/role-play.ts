/**
 * How a role is played in an exercise, one vocabulary for the engine's commands, the automated agents, the
 * CLI's `--policy`, Home's start form and the console's stations view.
 */

/** The automated players' policies: by the playbook's book, late on every window, or at random (seeded). */
export const AGENT_POLICIES = ['doctrine', 'late', 'random'] as const;
export type AgentPolicy = (typeof AGENT_POLICIES)[number];

/** At a station, by the SimCell or white cell by hand, or by an automated player with a policy. */
export const ROLE_PLAYS = ['station', 'by-hand', ...AGENT_POLICIES] as const;
export type RolePlay = (typeof ROLE_PLAYS)[number];

/** The policy a word names, or null: a form's or a command line's text read as one. */
export function agentPolicyNamed(name: string | null | undefined): AgentPolicy | null {
  return AGENT_POLICIES.find((policy) => policy === name) ?? null;
}
