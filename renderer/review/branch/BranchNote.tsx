import { useState } from 'react';
import type { BranchCheck, BranchOrigin } from '../../../core/index';
import { formatScenarioClock } from '../../components/index';
import { useTranslate } from '../../state/index';

/** Checks the branch's copied part against its origin (at the console: both journals from the host). */
export type CheckBranch = () => Promise<BranchCheck | null>;

type Checked =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; check: BranchCheck }
  | { kind: 'failed'; reason: string };

/**
 * At the head of a branch's review: which exercise it left and where, and — where the origin can be read —
 * whether the part before the branch is still, event for event, the origin's (docs/adr/0009).
 */
export function BranchNote({ branch, check }: { branch: BranchOrigin; check?: CheckBranch | undefined }) {
  const t = useTranslate();
  const [checked, setChecked] = useState<Checked>({ kind: 'idle' });
  const run = async () => {
    if (!check) return;
    setChecked({ kind: 'running' });
    try {
      const result = await check();
      setChecked(result ? { kind: 'done', check: result } : { kind: 'failed', reason: 'not a branch' });
    } catch (error) {
      setChecked({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="review-branch-note">
      <p>
        {t('branch.of', {
          origin: branch.originName,
          time: formatScenarioClock(branch.atScenarioMs),
          seq: branch.atSeq,
        })}
      </p>
      {check && checked.kind === 'idle' ? (
        <button type="button" className="secondary" onClick={() => void run()}>
          {t('branch.check.run')}
        </button>
      ) : null}
      <div aria-live="polite">
        {checked.kind === 'running' ? (
          <p className="muted">{t('branch.check.running')}</p>
        ) : checked.kind === 'done' ? (
          <p
            className={
              checked.check.kind === 'matches' || checked.check.kind === 'origin-absent' ? '' : 'problems'
            }
          >
            {checkText(checked.check, t)}
          </p>
        ) : checked.kind === 'failed' ? (
          <p className="problems">{t('branch.check.failed', { reason: checked.reason })}</p>
        ) : null}
      </div>
    </div>
  );
}

function checkText(check: BranchCheck, t: ReturnType<typeof useTranslate>): string {
  switch (check.kind) {
    case 'matches':
      return t('branch.check.matches');
    case 'differs':
      return t('branch.check.differs', { seq: check.seq });
    case 'copy-altered':
      return t('branch.check.copyAltered');
    case 'origin-absent':
      return t('branch.check.originAbsent');
  }
}
