import { useEffect, useId, useRef, useState } from 'react';
import { formatJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode, type JoinAnswer } from '../../core/index';
import { errorMessage } from '../../core/index';
import { useTranslate } from '../state/index';
import { joinWithCode } from './station-grant';
import './join.css';

export interface JoinFormProps {
  /** A code from the join link: tried at once. */
  code?: string | null;
  onJoined: (grant: Extract<JoinAnswer, { ok: true }>) => void;
}

/** The join code field: any spelling people type, traded with the host for this station's pass. */
export function JoinForm({ code: given = null, onJoined }: JoinFormProps) {
  const t = useTranslate();
  const id = useId();
  const [code, setCode] = useState(given ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const tried = useRef(false);

  const join = async (typed: string) => {
    const normalized = normalizeJoinCode(typed);
    if (normalized === null) return setProblem(t('join.malformed', { alphabet: JOIN_CODE_ALPHABET }));
    setBusy(true);
    setProblem(null);
    try {
      const answer = await joinWithCode(normalized);
      if (answer.ok) return onJoined(answer);
      setProblem(t('join.refused', { reason: answer.reason }));
    } catch (failure) {
      setProblem(t('join.unreachable', { reason: errorMessage(failure) }));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (given === null || tried.current) return;
    tried.current = true;
    void join(given);
    // Once, for the link's code.
  }, [given]);

  return (
    <form
      className="join-form"
      onSubmit={(event) => {
        event.preventDefault();
        void join(code);
      }}
    >
      <label htmlFor={`${id}-code`}>{t('join.code')}</label>
      <input
        id={`${id}-code`}
        className="join-code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        onBlur={() => {
          const normalized = normalizeJoinCode(code);
          if (normalized) setCode(formatJoinCode(normalized));
        }}
      />
      <p id={`${id}-hint`} className="muted">
        {t('join.codeHint')}
      </p>
      <button type="submit" disabled={busy}>
        {busy ? t('join.joining') : t('join.submit')}
      </button>
      <p role="alert" aria-live="assertive" className="join-problem">
        {problem ?? ''}
      </p>
    </form>
  );
}
