import type { Playbook } from '../playbook/index';
import type { AudienceEntry, ExerciseEvent } from '../ports/index';
import type { EngineRole } from './roles';

/**
 * Who may see an event: both axes of docs/architecture.md §5. Control sees everything; evaluation sees
 * everything players see plus the control material; a player or observer sees an event addressed to
 * players (or to its own role) whose marking its clearance allows.
 */
export function canRoleSee(
  playbook: Playbook,
  role: EngineRole,
  event: Pick<ExerciseEvent, 'audience' | 'marking'>,
): boolean {
  if (role.audience === 'control' || role.audience === 'evaluation') return true;
  const addressed = event.audience.includes('players') || event.audience.includes(`role:${role.id}`);
  if (!addressed) return false;
  return event.marking === null || playbook.canSee(role, event.marking);
}

export const CONTROL_ONLY: AudienceEntry[] = ['control', 'evaluation'];
export const EVERYONE: AudienceEntry[] = ['players', 'control', 'evaluation'];

export function toRole(role: string): AudienceEntry[] {
  return [`role:${role}`, 'control', 'evaluation'];
}
