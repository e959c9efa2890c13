import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  errorMessage,
  ROLE_PLAYS,
  type Playbook,
  type RolePlay,
  type ScenarioDocument,
  type SourceText,
} from '../../core/index';

import { routeHash } from '../components/index';
import { consoleConnection } from '../host/index';
import { useTranslate } from '../state/index';
import { defaultRolePlay, playableRoles } from './default-role-play';

/** Seeds are positive 32-bit integers (the host's request schema). */
const MAX_SEED = 2 ** 31 - 1;

/** The form that turns a scenario into an exercise: name, marking, seed and how each role is played. */
export function StartExercise({
  scenario,
  source,
  playbook,
  playbookSources,
}: {
  scenario: ScenarioDocument;
  source: SourceText;
  playbook: Playbook;
  playbookSources: readonly SourceText[];
}) {
  const t = useTranslate();
  const roles = useMemo(() => playableRoles(scenario, playbook), [scenario, playbook]);
  const [name, setName] = useState(scenario.title);
  const [marking, setMarking] = useState('EXERCISE EXERCISE EXERCISE');
  const [seed, setSeed] = useState(1);
  const [plays, setPlays] = useState(() => defaultRolePlay(roles));
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const formRef = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  // The form appears above the library: bring it into view from its heading, cursor in its first field.
  useEffect(() => {
    formRef.current?.scrollIntoView?.({ block: 'start' });
    nameRef.current?.focus({ preventScroll: true });
  }, []);
  const setEveryPlayer = (play: RolePlay) =>
    setPlays(
      Object.fromEntries(
        roles.map((role) => [role.id, role.simulated ? plays[role.id] : play]),
      ) as typeof plays,
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState({ busy: true, error: null });
    try {
      // The host checks and loads the documents the page holds (bundled, opened or imported) and records
      // the exercise in its data folder.
      const record = await consoleConnection().create({
        name: name.trim() || scenario.title,
        marking: marking.trim() || 'EXERCISE',
        seed,
        scenario: {
          id: scenario.id,
          title: scenario.title,
          source: { path: source.path, text: source.text },
        },
        playbookSources: playbookSources.map(({ path, text }) => ({ path, text })),
        roles: plays,
      });
      window.location.hash = routeHash({ screen: 'console', exerciseId: record.exerciseId });
    } catch (error) {
      setState({ busy: false, error: errorMessage(error) });
    }
  };

  return (
    <form
      ref={formRef}
      className="start-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="start-heading"
    >
      <h3 id="start-heading">{t('home.startFor', { title: scenario.title })}</h3>
      <div className="form-row">
        <label>
          {t('home.exerciseName')}
          <input
            ref={nameRef}
            className="wide"
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
          />
        </label>
        <label>
          {t('home.exerciseMarking')}
          <input value={marking} onChange={(event) => setMarking(event.target.value)} required />
        </label>
        <label>
          {t('home.seed')}
          <input
            type="number"
            min={1}
            value={seed}
            max={MAX_SEED}
            onChange={(event) => setSeed(Math.min(MAX_SEED, Math.max(1, Number(event.target.value) || 1)))}
          />
        </label>
      </div>
      <label className="inline">
        {t('home.setEveryPlayer')}
        <select
          value=""
          onChange={(event) => event.target.value && setEveryPlayer(event.target.value as RolePlay)}
        >
          <option value="">—</option>
          <PlayOptions />
        </select>
      </label>
      <table className="dense">
        <caption>{t('home.rolePlay')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('home.role')}</th>
            <th scope="col">{t('home.organisation')}</th>
            <th scope="col">{t('home.playedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role.id}>
              <th scope="row">
                {role.title} <span className="muted">({role.id})</span>
              </th>
              <td>{role.organisation}</td>
              <td>
                <select
                  aria-label={`${t('home.playedBy')}: ${role.title}`}
                  value={plays[role.id]}
                  onChange={(event) => setPlays({ ...plays, [role.id]: event.target.value as RolePlay })}
                >
                  <PlayOptions />
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {state.error ? (
        <p role="alert" className="problems">
          {t('home.createFailed', { reason: state.error })}
        </p>
      ) : null}
      <button type="submit" disabled={state.busy}>
        {state.busy ? t('home.creating') : t('home.create')}
      </button>
    </form>
  );
}

/** The ways a role can be played, as options of a select. */
function PlayOptions() {
  const t = useTranslate();
  return ROLE_PLAYS.map((play) => (
    <option key={play} value={play}>
      {t(`home.play.${play}`)}
    </option>
  ));
}
