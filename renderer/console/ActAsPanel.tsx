import { useState } from 'react';
import { absentBodies, absentBody, decisionsToPlay, type ExerciseView } from '../../core/index';
import { DecisionForm } from '../station/index';
import { useTranslate } from '../state/index';
import type { SendAs } from './console-props';
import { beforeStartex, playLock } from './play-lock';
import { roleTitle } from './role-titles';
import { useViewVersion } from './use-view-version';

/** With more open decisions than this, each shows folded (its title) until the controller opens it. */
const FOLDED_ABOVE = 3;

/** Whom the controller may act as: the playbook roles in play, and the bodies the scenario leaves out. */
export function actAsChoices(view: Pick<ExerciseView, 'content' | 'roles'>) {
  const inPlay = [...view.roles.values()]
    .filter((role) => role.audience === 'players' && !role.local)
    .map((role) => ({ id: role.id, title: role.title }));
  const bodies = absentBodies(view.content.playbook, view.roles).map((role) => ({
    id: role.id,
    title: role.title,
  }));
  return { inPlay, bodies };
}

/**
 * Take a decision for a role from the console: a role in play whose team is away, or a body the scenario does
 * not play (the white cell plays the NAC when NATO is not live). The log records EXCON acting as the role,
 * and the board credits the decision "played by" EXCON.
 */
export function ActAsPanel({ view, sendAs }: { view: ExerciseView; sendAs: SendAs }) {
  const t = useTranslate();
  useViewVersion(view);
  const [role, setRole] = useState('');
  const [taken, setTaken] = useState<string | null>(null);
  const { inPlay, bodies } = actAsChoices(view);
  const { content, state, roles } = view;
  const acting = roles.get(role) ?? absentBody(content.playbook, roles, role);
  const decisions = acting ? decisionsToPlay(content, state, roles, role) : [];
  const roleChoices = [...roles.values()]
    .filter((entry) => entry.audience === 'players')
    .map((entry) => ({ id: entry.id, title: entry.title }));
  if (acting && !roles.has(role)) roleChoices.push({ id: acting.id, title: acting.title });
  const markings = content.playbook.markings
    .filter((marking) => acting !== null && content.playbook.canSee(acting, marking.id))
    .map((marking) => ({ id: marking.id, title: marking.title }));
  // After ENDEX the forms stay readable but locked, saying why; before STARTEX none is offered at all.
  const locked = playLock(view, t);

  if (beforeStartex(view))
    return (
      <section aria-labelledby="act-as-heading" className="act-as">
        <h2 id="act-as-heading">{t('console.actAs.title')}</h2>
        <p className="muted">{t('console.actAs.beforeStartex')}</p>
      </section>
    );

  return (
    <section aria-labelledby="act-as-heading" className="act-as">
      <h2 id="act-as-heading">{t('console.actAs.title')}</h2>
      <p className="muted">{t('console.actAs.note')}</p>
      <label className="inline" htmlFor="act-as-role">
        {t('console.actAs.role')}
        <select
          id="act-as-role"
          value={role}
          onChange={(event) => {
            setRole(event.target.value);
            setTaken(null);
          }}
        >
          <option value="">{t('console.actAs.choose')}</option>
          <optgroup label={t('console.actAs.inPlay')}>
            {inPlay.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.title}
              </option>
            ))}
          </optgroup>
          {bodies.length > 0 ? (
            <optgroup label={t('console.actAs.notPlayed')}>
              {bodies.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {t('console.actAs.body', { role: choice.title })}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </label>
      {taken ? (
        <p role="status" className="status status-ok">
          {t('console.actAs.taken', { title: taken, role: roleTitle(view, role) })}
        </p>
      ) : null}
      {acting && decisions.length === 0 ? (
        <p className="muted">{t('console.actAs.none', { role: acting.title })}</p>
      ) : null}
      {decisions.map((decision) => {
        const key = `${role}-${decision.machine}-${decision.instance ?? (decision.newCase ? 'new' : 'one')}-${decision.event}`;
        return (
          <DecisionForm
            key={key}
            formId={`act-as-${key}`}
            decision={decision}
            consequences={decision.consequences}
            instanceLabel={decision.caseLabel}
            roles={roleChoices}
            markings={markings}
            send={sendAs(role)}
            locked={locked}
            onTaken={setTaken}
            initiallyOpen={decisions.length <= FOLDED_ABOVE}
          />
        );
      })}
    </section>
  );
}
