import { ExerciseBanner, routeHash } from '../components/index';
import { useTranslate } from '../state/index';
import { routeOfGrant } from './grant-route';
import { JoinForm } from './JoinForm';

/**
 * What a laptop on the room network opens (issue 20 §1): the join code, typed or from the QR code's link
 * (`#/join/<code>`), traded for this station's pass; then the station of the roles the host granted.
 */
export function JoinScreen({ code = null }: { code?: string | null }) {
  const t = useTranslate();
  return (
    <>
      <ExerciseBanner context={t('join.title')} />
      <main className="join-screen">
        <h2>{t('join.title')}</h2>
        <p>{t('join.intro')}</p>
        <JoinForm code={code} onJoined={(grant) => window.location.assign(routeHash(routeOfGrant(grant)))} />
      </main>
    </>
  );
}

/** In a station's place when this browser holds no pass for it: why, and the code field. */
export function NeedsCode({ reason, onJoined }: { reason: string; onJoined: () => void }) {
  const t = useTranslate();
  return (
    <section className="join-screen" aria-labelledby="needs-code-heading">
      <h2 id="needs-code-heading">{t('join.title')}</h2>
      <p role="status">{reason ? t('join.cutOff', { reason }) : t('join.needed')}</p>
      <JoinForm
        onJoined={(grant) => {
          const target = routeHash(routeOfGrant(grant));
          if (window.location.hash === target) onJoined();
          else window.location.assign(target);
        }}
      />
    </section>
  );
}
