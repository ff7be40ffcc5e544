import type { IceServer } from '../../core';
import { t } from '../i18n';

const blank: IceServer = { urls: [''], username: '', credential: '' };

/** STUN and TURN servers: none by default. Hospital networks often need a TURN server from IT. */
export function IceServersEditor({
  servers,
  onChange,
  locked = false,
  note,
  children,
}: {
  servers: IceServer[];
  onChange: (servers: IceServer[]) => void;
  /** Set by the organisation's policy: shown, not editable. */
  locked?: boolean;
  note?: preact.ComponentChildren;
  children?: preact.ComponentChildren;
}) {
  const update = (index: number, patch: Partial<IceServer>) => onChange(servers.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <section class="card" aria-labelledby="ice-title">
      <h2 id="ice-title">{t('ice.title')}</h2>
      <p class="hint">{t('ice.hint')}</p>
      {note}
      {servers.length === 0 && <p class="empty">{t('ice.none')}</p>}
      {servers.map((server, index) => (
        <fieldset key={index} class="ice-server">
          <legend>{t('ice.server', { number: index + 1 })}</legend>
          <div class="grid-2">
            <div class="field">
              <label for={`ice-urls-${index}`}>{t('ice.urls')}</label>
              <input
                id={`ice-urls-${index}`}
                readOnly={locked}
                value={server.urls.join(' ')}
                spellcheck={false}
                onInput={(e) => update(index, { urls: e.currentTarget.value.split(/[\s,]+/).filter(Boolean) })}
              />
            </div>
            <div class="field">
              <label for={`ice-user-${index}`}>{t('ice.username')}</label>
              <input
                id={`ice-user-${index}`}
                readOnly={locked}
                value={server.username}
                autocomplete="off"
                onInput={(e) => update(index, { username: e.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for={`ice-cred-${index}`}>{t('ice.credential')}</label>
              <input
                id={`ice-cred-${index}`}
                readOnly={locked}
                type="password"
                value={server.credential}
                autocomplete="off"
                onInput={(e) => update(index, { credential: e.currentTarget.value })}
              />
            </div>
          </div>
          {!locked && (
            <button type="button" class="quiet danger" onClick={() => onChange(servers.filter((_, i) => i !== index))}>
              {t('ice.remove', { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {!locked && (
        <button type="button" onClick={() => onChange([...servers, { ...blank, urls: [] }])}>
          {t('ice.add')}
        </button>
      )}
      {children}
    </section>
  );
}
