import { useTranslate } from '../state/index';

/** The columns every list of exercises on Home shares: the host's, this browser's copies, those from before it. */
export function ExerciseTableHead() {
  const t = useTranslate();
  return (
    <thead>
      <tr>
        <th scope="col">{t('home.exerciseName')}</th>
        <th scope="col">{t('home.scenario')}</th>
        <th scope="col">{t('home.created')}</th>
        <th scope="col">{t('home.events')}</th>
        <th scope="col">
          <span className="visually-hidden">{t('home.actions')}</span>
        </th>
      </tr>
    </thead>
  );
}
