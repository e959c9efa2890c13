import { stateName, type ContentWords, type MechanismView } from '../../core/index';
import { useTranslate } from '../state/index';

/** The deepest active states: `full`, `full.meetings`, `full.meetings.idle` → `full.meetings.idle`. */
function leafStates(states: readonly string[]): string[] {
  return states.filter((path) => !states.some((other) => other.startsWith(`${path}.`)));
}

/** The mechanisms the role may see, and where each stands now. */
export function MechanismList({
  mechanisms,
  words = null,
}: {
  mechanisms: readonly MechanismView[];
  /** The content's words in the station's language; without them the view's title and state names. */
  words?: ContentWords | null;
}) {
  const t = useTranslate();
  return (
    <section className="station-panel station-mechanisms" aria-labelledby="station-mechanisms-title">
      <h2 id="station-mechanisms-title">{t('station.mechanisms')}</h2>
      {mechanisms.length === 0 ? (
        <p className="muted">{t('station.mechanismsEmpty')}</p>
      ) : (
        <table className="dense">
          <thead>
            <tr>
              <th scope="col">{t('station.mechanism')}</th>
              <th scope="col">{t('station.mechanismState')}</th>
            </tr>
          </thead>
          <tbody>
            {mechanisms.map((mechanism) => (
              <tr key={mechanism.actorKey}>
                <td>
                  {words ? words.mechanism(mechanism.machine) : mechanism.title}
                  {mechanism.instance ? <span className="muted"> — {mechanism.instance}</span> : null}
                </td>
                <td>
                  {leafStates(mechanism.states)
                    .map((path) => (words ? words.state(mechanism.machine, path) : stateName(path)))
                    .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
