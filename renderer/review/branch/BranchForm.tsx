import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { routeHash } from '../../components/index';
import { useTranslate } from '../../state/index';

/** The point a branch leaves from, as the scrubber shows it. */
export interface BranchPoint {
  /** The last event logged at the scrubber's time. */
  seq: number;
  /** That time, as the review writes it ("T+2d 04:10"). */
  time: string;
}

/** Makes the branch on the exercise host; resolves with the new exercise, rejects with the host's reason. */
export type MakeBranch = (atSeq: number, name: string) => Promise<{ exerciseId: string; name: string }>;

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'made'; exerciseId: string; name: string }
  | { kind: 'failed'; reason: string };

/**
 * "Branch from this point…" under the review's scrubber (issue 23, controller only): a new exercise that
 * starts from the state after the moment's last event and plays on with other decisions. The point is taken
 * when the form opens, so moving the scrubber afterwards does not move a branch being named. A point at or
 * after ENDEX cannot be branched from, and says so.
 */
export function BranchForm({
  point,
  exerciseName,
  endedSeq,
  onBranch,
}: {
  point: BranchPoint | null;
  exerciseName: string;
  /** The event that ended the exercise, or null. */
  endedSeq: number | null;
  onBranch: MakeBranch;
}) {
  const t = useTranslate();
  const headingId = useId();
  const [open, setOpen] = useState<BranchPoint | null>(null);
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const nameInput = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) nameInput.current?.focus();
  }, [open]);

  if (!point) return null;
  const afterEnd = endedSeq !== null && point.seq >= endedSeq;

  const start = () => {
    setOpen(point);
    setName(t('branch.defaultName', { name: exerciseName, time: point.time }));
    setMissing(false);
    setOutcome({ kind: 'idle' });
  };
  const cancel = () => {
    setOpen(null);
    // Back to the button that opened the form, not the top of the page.
    requestAnimationFrame(() => opener.current?.focus());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!open) return;
    if (!name.trim()) {
      setMissing(true);
      nameInput.current?.focus();
      return;
    }
    setMissing(false);
    setOutcome({ kind: 'busy' });
    try {
      const made = await onBranch(open.seq, name.trim());
      setOpen(null);
      setOutcome({ kind: 'made', exerciseId: made.exerciseId, name: made.name });
    } catch (error) {
      setOutcome({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="review-branch">
      {afterEnd ? (
        <p className="muted">{t('branch.afterEnd', { seq: endedSeq })}</p>
      ) : open ? (
        <form aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
          <h3 id={headingId}>{t('branch.heading', { time: open.time })}</h3>
          <p className="muted">{t('branch.intro', { seq: open.seq })}</p>
          <label>
            {t('branch.name')}
            <input
              ref={nameInput}
              value={name}
              maxLength={200}
              aria-invalid={missing}
              aria-describedby={missing ? `${headingId}-missing` : undefined}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          {missing ? (
            <p id={`${headingId}-missing`} role="alert" className="problems">
              {t('branch.nameMissing')}
            </p>
          ) : null}
          <div className="review-branch-buttons">
            <button type="submit" disabled={outcome.kind === 'busy'}>
              {outcome.kind === 'busy' ? t('branch.busy') : t('branch.submit')}
            </button>
            <button type="button" className="secondary" onClick={cancel}>
              {t('branch.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button ref={opener} type="button" className="secondary" onClick={start}>
          {t('branch.open')}
        </button>
      )}
      {outcome.kind === 'made' ? (
        <p role="status">
          {t('branch.made', { name: outcome.name })}{' '}
          <a href={routeHash({ screen: 'console', exerciseId: outcome.exerciseId })}>
            {t('branch.openConsole')}
          </a>
        </p>
      ) : outcome.kind === 'failed' ? (
        <p role="alert" className="problems">
          {t('branch.failed', { reason: outcome.reason })}
        </p>
      ) : null}
    </div>
  );
}
