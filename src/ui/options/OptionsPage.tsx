import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_RELAY,
  DEFAULT_SIGNALLING,
  LANGUAGE_NAMES,
  LanguageChoice,
  managedFields,
  resolveLanguage,
  ROLE_LABELS,
  ROLES,
  type IceServer,
  type ManagedField,
  type Policy,
  type Role,
  type Settings,
} from '../../core';
import { createBoardListModel, type BoardListModel } from '../app/boardList';
import { SelectField } from '../fields/Inputs';
import { IceServersEditor } from './IceServersEditor';
import { t } from '../i18n';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Name and role shown to co-leads, and the servers used to reach them. Nothing public is set by default. */
export function OptionsPage() {
  const [boardList] = useState<BoardListModel>(createBoardListModel);
  useEffect(() => () => boardList.dispose(), [boardList]);
  if (!boardList.loaded.value)
    return (
      <p class="loading" role="status">
        Loading settings…
      </p>
    );
  // A new policy from IT (while this page is open) starts the form again from the settings now in force.
  const policy = boardList.policy.value;
  return (
    <OptionsForm
      key={`${boardList.settings.value.userId} ${JSON.stringify(policy)}`}
      boardList={boardList}
      initial={boardList.settings.value}
      policy={policy}
    />
  );
}

/** Under a setting the organisation set: locked, or only suggested. */
function ManagedNote({ field, policy }: { field: ManagedField; policy: Policy }) {
  if (!managedFields(policy).has(field)) return null;
  return (
    <p class="managed-note" id={`managed-${field}`}>
      {policy.locked ? 'Set by your organisation; it cannot be changed here.' : 'Suggested by your organisation; you can change it.'}
    </p>
  );
}

function OptionsForm({ boardList, initial, policy }: { boardList: BoardListModel; initial: Settings; policy: Policy }) {
  const managed = managedFields(policy);
  const lockedField = (field: ManagedField) => policy.locked && managed.has(field);
  const describedBy = (field: ManagedField) => (managed.has(field) ? `managed-${field}` : undefined);
  const [name, setName] = useState(initial.displayName);
  const [role, setRole] = useState(initial.role);
  const [signalling, setSignalling] = useState(initial.signalling.join('\n'));
  const [ice, setIce] = useState<IceServer[]>(initial.iceServers);
  const [relayOnly, setRelayOnly] = useState(initial.iceTransportPolicy === 'relay');
  const [relays, setRelays] = useState(initial.relays.join('\n'));
  const [language, setLanguage] = useState<LanguageChoice>(initial.language);
  const [message, setMessage] = useState<{ tone: 'error' | 'good'; text: string } | null>(null);

  const save = (event: Event) => {
    event.preventDefault();
    if (relayOnly && !ice.some((server) => server.urls.some((url) => url.startsWith('turn')))) {
      return setMessage({
        tone: 'error',
        text: 'Not saved. “Only through TURN servers” needs a TURN server (turn: or turns:) in the list above; add one or untick it.',
      });
    }
    const error = boardList.saveSettings({
      ...boardList.settings.peek(),
      displayName: name.trim(),
      role,
      signalling: lines(signalling),
      iceServers: ice,
      iceTransportPolicy: relayOnly ? 'relay' : 'all',
      relays: lines(relays),
      language,
    });
    setMessage(
      error
        ? { tone: 'error', text: `Not saved. ${error.replace(/^Save settings: /, '')}` }
        : { tone: 'good', text: 'Saved. Shared boards reconnect with these settings.' },
    );
  };

  return (
    <main class="app options">
      <h1>UBT Board settings</h1>
      {policy.locked && (
        <p class="banner info" role="note">
          Your organisation manages this browser's servers for UBT Board. The settings marked “Set by your organisation” come from its policy; ask your IT team
          to change them.
        </p>
      )}
      {policy.problems.length > 0 && (
        <div class="banner warning" role="status">
          <p>Your organisation's policy for UBT Board has settings this version cannot use, so they are left out. Tell your IT team:</p>
          <ul>
            {policy.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <form class="stack" onSubmit={save}>
        <section class="card" aria-labelledby="you-title">
          <h2 id="you-title">You</h2>
          <p class="hint">Co-leads see your name and role next to what you edit.</p>
          <div class="grid-2">
            <div class="field">
              <label for="opt-name">Display name</label>
              <input id="opt-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
            </div>
            <SelectField
              label="Role"
              value={role}
              options={role === 'sponsor' ? (['sponsor', ...ROLES] as Role[]) : ROLES}
              labels={ROLE_LABELS}
              onChange={setRole}
            />
          </div>
          <SelectField
            label={t('settings.language.label')}
            value={language}
            options={LanguageChoice.options}
            labels={{
              auto: t('settings.language.auto', { language: LANGUAGE_NAMES[resolveLanguage('auto', navigator.languages)] }),
              ...LANGUAGE_NAMES,
            }}
            onChange={setLanguage}
          />
          <p class="hint">{t('settings.language.hint')}</p>
        </section>
        <section class="card" aria-labelledby="sig-title">
          <h2 id="sig-title">Signalling servers</h2>
          <p class="hint">
            They introduce co-leads' browsers to each other and see only a room number and encrypted messages. The default is a server on this computer (
            {DEFAULT_SIGNALLING}); your IT team gives you the address of the hospital's. One address per line; leave empty to work offline.
          </p>
          <div class="field">
            <label for="opt-signalling">Signalling server addresses</label>
            <textarea
              id="opt-signalling"
              rows={3}
              value={signalling}
              readOnly={lockedField('signalling')}
              aria-describedby={describedBy('signalling')}
              spellcheck={false}
              onInput={(e) => setSignalling(e.currentTarget.value)}
            />
          </div>
          <ManagedNote field="signalling" policy={policy} />
          <PlainTextWarning addresses={signalling} />
        </section>
        <section class="card" aria-labelledby="relay-title">
          <h2 id="relay-title">Relay (the mailbox)</h2>
          <p class="hint">
            A relay keeps each shared board, encrypted with its invite secret, so co-leads who are never online at the same time still get each other's edits.
            It cannot read the board, the names or the secret. The default is a relay on this computer ({DEFAULT_RELAY}); your IT team gives you the address of
            the hospital's. When it runs as several instances, list each on its own line: they are tried in order. Leave empty to sync only with co-leads online
            together.
          </p>
          <div class="field">
            <label for="opt-relays">Relay addresses</label>
            <textarea
              id="opt-relays"
              rows={2}
              value={relays}
              readOnly={lockedField('relays')}
              aria-describedby={describedBy('relays')}
              spellcheck={false}
              onInput={(e) => setRelays(e.currentTarget.value)}
            />
          </div>
          <ManagedNote field="relays" policy={policy} />
          <PlainTextWarning addresses={relays} />
        </section>
        <IceServersEditor servers={ice} onChange={setIce} locked={lockedField('iceServers')} note={<ManagedNote field="iceServers" policy={policy} />}>
          <div class="field checkbox relay-only">
            <label>
              <input
                type="checkbox"
                checked={relayOnly}
                disabled={lockedField('iceTransportPolicy')}
                aria-describedby={describedBy('iceTransportPolicy')}
                onChange={(e) => setRelayOnly(e.currentTarget.checked)}
              />{' '}
              Connect to co-leads only through the TURN servers above
            </label>
            <ManagedNote field="iceTransportPolicy" policy={policy} />
            <p class="hint">Turn this on when your hospital's network allows traffic only through its TURN server (ask IT).</p>
          </div>
        </IceServersEditor>
        {message && (
          <p role={message.tone === 'error' ? 'alert' : 'status'} class={`banner ${message.tone === 'error' ? 'error' : 'good'}`}>
            {message.text}
          </p>
        )}
        <p>
          <button type="submit" class="primary">
            Save settings
          </button>
        </p>
      </form>
    </main>
  );
}

/** `ws://` to anything but this computer: the network sees who talks to whom and when (the board itself stays encrypted). */
export const plainTextHosts = (addresses: string): string[] =>
  addresses
    .split(/\s+/)
    .filter((a) => a.startsWith('ws://'))
    .map((a) => {
      try {
        return new URL(a).hostname;
      } catch {
        return '';
      }
    })
    .filter((host) => host && !['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host));

function PlainTextWarning({ addresses }: { addresses: string }) {
  const hosts = plainTextHosts(addresses);
  if (!hosts.length) return null;
  return (
    <p class="banner warning" role="status">
      {hosts.join(', ')} {hosts.length === 1 ? 'is' : 'are'} reached with <code>ws://</code>, without TLS: boards stay encrypted, but anyone on the network can
      see who connects to which room, and when, and can tamper with the connection. Use <code>wss://</code> (your IT team's address behind its TLS proxy).
    </p>
  );
}
