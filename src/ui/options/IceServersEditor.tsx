import type { IceServer } from '../../core';

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
      <h2 id="ice-title">STUN and TURN servers</h2>
      <p class="hint">
        None are used unless you add them. Browsers on the same network connect without them; across networks or firewalls, add the TURN server your IT team
        gives you.
      </p>
      {note}
      {servers.length === 0 && <p class="empty">No STUN or TURN servers.</p>}
      {servers.map((server, index) => (
        <fieldset key={index} class="ice-server">
          <legend>Server {index + 1}</legend>
          <div class="grid-2">
            <div class="field">
              <label for={`ice-urls-${index}`}>Addresses (turn:host:port, one or more, separated by spaces)</label>
              <input
                id={`ice-urls-${index}`}
                readOnly={locked}
                value={server.urls.join(' ')}
                spellcheck={false}
                onInput={(e) => update(index, { urls: e.currentTarget.value.split(/[\s,]+/).filter(Boolean) })}
              />
            </div>
            <div class="field">
              <label for={`ice-user-${index}`}>Username</label>
              <input
                id={`ice-user-${index}`}
                readOnly={locked}
                value={server.username}
                autocomplete="off"
                onInput={(e) => update(index, { username: e.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for={`ice-cred-${index}`}>Password or credential</label>
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
              Remove server {index + 1}
            </button>
          )}
        </fieldset>
      ))}
      {!locked && (
        <button type="button" onClick={() => onChange([...servers, { ...blank, urls: [] }])}>
          Add a STUN or TURN server
        </button>
      )}
      {children}
    </section>
  );
}
