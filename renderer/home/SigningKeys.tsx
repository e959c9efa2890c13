import { useEffect, useState } from 'react';
import { errorMessage, publicKeyPemText, shortFingerprint } from '../../core/index';
import { desktopBridge } from '../bridge/index';
import { fetchSigningKeys, importSigningKey, type SigningKeys as Keys } from '../host/index';
import { useTranslate, useUiStore } from '../state/index';
import { createdAt } from './HostExercises';
import type { Notice } from './notice';

const KEY_FILES = ['.pem', '.pub', '.txt'];
const PEM_TYPE = 'application/x-pem-file';

export interface SigningKeysProps {
  /** The console's token for the host's endpoints (throws when the page has none). */
  token: () => string;
  /** Test seam: the host's endpoints (default the page's fetch). */
  fetcher?: typeof fetch;
}

/**
 * The keys that prove where a package comes from (issue 25): this host's own, to save and hand to partners
 * (a PEM file), and the partners' keys imported here, so their packages load as known. Importing is the
 * controller's act of trust: the notice asks them to check the fingerprint with the key's owner.
 */
export function SigningKeys({ token, fetcher }: SigningKeysProps) {
  const t = useTranslate();
  const language = useUiStore((state) => state.language);
  const [keys, setKeys] = useState<Keys | null>(null);
  const [label, setLabel] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    let current = true;
    fetchSigningKeys(token(), fetcher).then(
      (listed) => current && setKeys(listed),
      (error: unknown) =>
        current &&
        setNotice({ ok: false, text: t('home.keys.unavailable', { reason: errorMessage(error) }) }),
    );
    return () => {
      current = false;
    };
    // Once per page: the list changes only through this panel, which reads it again itself.
  }, []);

  const saveOwn = async (own: Keys['own']) => {
    const name = `pbsim-host-key-${own.fingerprint.slice(0, 8)}.pem`;
    await desktopBridge().saveFile(name, publicKeyPemText(own.publicKey), PEM_TYPE);
  };
  const importKey = async () => {
    const file = await desktopBridge().openFile(KEY_FILES);
    if (!file) return;
    try {
      const text = new TextDecoder().decode(file.bytes);
      const added = await importSigningKey(text, label, token(), fetcher);
      setKeys(await fetchSigningKeys(token(), fetcher));
      setLabel('');
      setNotice({
        ok: true,
        text: t('home.keys.imported', {
          label: added.label,
          fingerprint: shortFingerprint(added.fingerprint),
        }),
      });
    } catch (error) {
      setNotice({
        ok: false,
        text: t('home.keys.notImported', { file: file.name, reason: errorMessage(error) }),
      });
    }
  };

  return (
    <section aria-labelledby="signing-keys-heading" className="signing-keys">
      <h3 id="signing-keys-heading">{t('home.keys.heading')}</h3>
      <p className="muted">{t('home.keys.intro')}</p>
      {notice ? (
        <p role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'notice-ok' : 'problems'}>
          {notice.text}
        </p>
      ) : null}
      {keys ? (
        <>
          <p>
            <span title={keys.own.fingerprint}>
              {t('home.keys.own', { fingerprint: shortFingerprint(keys.own.fingerprint) })}
            </span>{' '}
            <button type="button" className="secondary" onClick={() => void saveOwn(keys.own)}>
              {t('home.keys.saveOwn')}
            </button>
          </p>
          {keys.known.length === 0 ? (
            <p className="muted">{t('home.keys.none')}</p>
          ) : (
            <table className="dense">
              <thead>
                <tr>
                  <th scope="col">{t('home.keys.who')}</th>
                  <th scope="col">{t('home.keys.fingerprint')}</th>
                  <th scope="col">{t('home.keys.added')}</th>
                </tr>
              </thead>
              <tbody>
                {keys.known.map((key) => (
                  <tr key={key.fingerprint}>
                    <th scope="row">{key.label}</th>
                    <td>
                      <code title={key.fingerprint}>{shortFingerprint(key.fingerprint)}</code>
                    </td>
                    <td>{createdAt(Date.parse(key.addedAt), language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="signing-keys-import">
            <label>
              {t('home.keys.label')}
              <input
                value={label}
                maxLength={120}
                placeholder={t('home.keys.labelHint')}
                onChange={(event) => setLabel(event.target.value)}
              />
            </label>
            <button type="button" className="secondary" onClick={() => void importKey()}>
              {t('home.keys.import')}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}
