import { useTranslate } from '../../state/index';
import { OWNER_MAX_LENGTH, type DraftProblem } from './action-draft';

/** Every check a plan form makes before sending; each message names the field it is about. */
export type FormProblem = DraftProblem | 'amendReason' | 'withdrawReason' | 'noChange';

/**
 * What a plan form must tell before or after sending: its own checks or, once sent, the engine's refusal as
 * it came back. One alert, so that a screen reader hears it when it appears.
 */
export function FormMessages({
  problems,
  refusal,
}: {
  problems: readonly FormProblem[];
  /** The engine's refusal, or why the command could not be sent; null when there is none. */
  refusal: string | null;
}) {
  const t = useTranslate();
  if (problems.length === 0 && refusal === null) return null;
  return (
    <div role="alert" className="plan-error">
      {problems.length > 0 ? (
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{t(`plan.problem.${problem}`, { max: OWNER_MAX_LENGTH })}</li>
          ))}
        </ul>
      ) : (
        <p>{refusal}</p>
      )}
    </div>
  );
}
