import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_RELAY,
  DEFAULT_SIGNALLING,
  LANGUAGE_NAMES,
  LanguageChoice,
  managedFields,
  resolveLanguage,
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
import { settingsProblem } from './settingsProblem';
import { t, tParts, usePageTitle } from '../i18n';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Name and role shown to co-leads, and the servers used to reach them. Nothing public is set by default. */
export function OptionsPage() {
  const [boardList] = useState<BoardListModel>(createBoardListModel);
  useEffect(() => () => boardList.dispose(), [boardList]);
  usePageTitle(t('options.title'));
  if (!boardList.loaded.value)
    return (
      <p class="loading" role="status">
        {t('options.loading')}
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
      {policy.locked ? t('options.managedLocked') : t('options.managedSuggested')}
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
      return setMessage({ tone: 'error', text: t('options.needTurn') });
    }
    const candidate: Settings = {
      ...boardList.settings.peek(),
      displayName: name.trim(),
      role,
      signalling: lines(signalling),
      iceServers: ice,
      iceTransportPolicy: relayOnly ? 'relay' : 'all',
      relays: lines(relays),
      language,
    };
    // Checked here first, so the reason is given in the person's language and names the field as the page does.
    const error = settingsProblem(candidate) ?? boardList.saveSettings(candidate);
    setMessage(
      error ? { tone: 'error', text: t('options.notSaved', { reason: error.replace(/^Save settings: /, '') }) } : { tone: 'good', text: t('options.saved') },
    );
  };

  return (
    <main class="app options">
      <h1>{t('options.title')}</h1>
      {policy.locked && (
        <p class="banner info" role="note">
          {t('options.policyLocked')}
        </p>
      )}
      {policy.problems.length > 0 && (
        <div class="banner warning" role="status">
          <p>{t('options.policyProblems')}</p>
          <ul>
            {policy.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <form class="stack" onSubmit={save}>
        <section class="card" aria-labelledby="you-title">
          <h2 id="you-title">{t('options.you')}</h2>
          <p class="hint">{t('options.youHint')}</p>
          <div class="grid-2">
            <div class="field">
              <label for="opt-name">{t('options.name')}</label>
              <input id="opt-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
            </div>
            <SelectField
              label={t('options.role')}
              value={role}
              options={role === 'sponsor' ? (['sponsor', ...ROLES] as Role[]) : ROLES}
              labels={(r) => t(`role.${r}`)}
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
          <h2 id="sig-title">{t('options.signallingTitle')}</h2>
          <p class="hint">{t('options.signallingHint', { address: DEFAULT_SIGNALLING })}</p>
          <div class="field">
            <label for="opt-signalling">{t('options.signallingLabel')}</label>
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
          <h2 id="relay-title">{t('options.relayTitle')}</h2>
          <p class="hint">{t('options.relayHint', { address: DEFAULT_RELAY })}</p>
          <div class="field">
            <label for="opt-relays">{t('options.relayLabel')}</label>
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
              {t('options.relayOnly')}
            </label>
            <ManagedNote field="iceTransportPolicy" policy={policy} />
            <p class="hint">{t('options.relayOnlyHint')}</p>
          </div>
        </IceServersEditor>
        {message && (
          <p role={message.tone === 'error' ? 'alert' : 'status'} class={`banner ${message.tone === 'error' ? 'error' : 'good'}`}>
            {message.text}
          </p>
        )}
        <p>
          <button type="submit" class="primary">
            {t('options.save')}
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
      {tParts('options.plainText', { count: hosts.length, hosts: hosts.join(', '), ws: <code>ws://</code>, wss: <code>wss://</code> })}
    </p>
  );
}
