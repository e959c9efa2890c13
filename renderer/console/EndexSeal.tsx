import { useEffect, useState } from 'react';
import { errorMessage, groupedHead, shortFingerprint, type JournalSeal } from '../../core/index';
import { useTranslate } from '../state/index';

export interface EndexSealProps {
  exerciseId: string;
  /** The seq of the exercise.ended event: the head is the chain's link after it. */
  endexSeq: number;
  /** The host's seal of the journal after `through` events (review-host.ts). */
  seal: (exerciseId: string, through: number) => Promise<JournalSeal>;
}

/**
 * The journal's head at ENDEX and the host's signing key (issue 25), under the ENDEX bar: what the controller
 * notes (or reads aloud to the room) so that any package of the exercise sent later can be checked against
 * it — the chain of every later package passes through this head.
 */
export function EndexSeal({ exerciseId, endexSeq, seal }: EndexSealProps) {
  const t = useTranslate();
  const [shown, setShown] = useState<{ seal: JournalSeal } | { problem: string } | null>(null);
  // Asked again on request: the host may have been away (it keeps the journal; nothing was lost).
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let current = true;
    seal(exerciseId, endexSeq).then(
      (found) => current && setShown({ seal: found }),
      (error: unknown) => current && setShown({ problem: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
    // seal is the host's, the same for the life of the console; the head at ENDEX never changes.
  }, [exerciseId, endexSeq, asked]);
  if (shown === null) return null;
  if ('problem' in shown)
    return (
      <p className="read-only-bar">
        {t('console.endexSealFailed', { reason: shown.problem })}{' '}
        <button type="button" onClick={() => setAsked((count) => count + 1)}>
          {t('console.endexSealRetry')}
        </button>
      </p>
    );
  return (
    <p className="read-only-bar endex-seal">
      {t('console.endexSeal', {
        seq: shown.seal.lines,
        head: groupedHead(shown.seal.head),
        fingerprint: shortFingerprint(shown.seal.fingerprint ?? ''),
      })}
    </p>
  );
}
