import type { RejectionCode } from '../ports/index';

/** Why a command was refused: shown to the user as is, with the field at fault when there is one. */
export interface Rejection {
  code: RejectionCode;
  reason: string;
  field?: string;
}

export function reject(code: RejectionCode, reason: string, field?: string): Rejection {
  return field === undefined ? { code, reason } : { code, reason, field };
}
