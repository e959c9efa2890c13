import { errorMessage } from '../../core/index';
import { Component, type ReactNode } from 'react';
import type { Language } from '../i18n/index';
import { translatorFor } from '../state/index';

interface Props {
  language: Language;
  children: ReactNode;
}

/**
 * The last line of defence for a screen: an unexpected rendering error shows what happened and what to do,
 * never a blank page. The log lives in IndexedDB, so a reload resumes where the exercise was.
 */
export class ScreenErrorBoundary extends Component<Props, { message: string | null }> {
  override state = { message: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { message: errorMessage(error) };
  }

  override render() {
    const { message } = this.state;
    if (message === null) return this.props.children;
    const t = translatorFor(this.props.language);
    return (
      <main className="crashed" role="alert" aria-labelledby="crashed-title">
        <h1 id="crashed-title">{t('common.crashedTitle')}</h1>
        <p>{t('common.crashedBody')}</p>
        <p className="muted">{t('common.crashedDetail', { message })}</p>
        <p>
          <button type="button" onClick={() => location.reload()}>
            {t('common.reload')}
          </button>{' '}
          <a href="#/">{t('nav.home')}</a>
        </p>
      </main>
    );
  }
}
