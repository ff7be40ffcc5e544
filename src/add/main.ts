import { parseCapability, type DropCapability } from '../core/capabilities';
import { findIdentifiers } from '../core/capture/privacy';
import { resolveLanguage } from '../core/i18n/language';
import { translator } from '../core/i18n/translate';
import { MAX_PROSE } from '../core/schema/inputs';
import { toHex } from '../core/text/bytes';
import { sendDrop } from '../sync/relay/drop';

/**
 * The phone page (`/add`): adds one idea to a team's drop box with no extension. It reads the inbox id and
 * the board's public key from the address's fragment (never sent to the server), runs the same privacy
 * check as the extension, seals the idea in this browser and sends it to the relay of the server that
 * served the page. It holds no board data and loads nothing from anywhere else (its CSP says so).
 */
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

// The phone's own language: there are no settings here. The page's words come from the catalogue (data-t).
const language = resolveLanguage('auto', navigator.languages ?? [navigator.language]);
const { t } = translator(language);
document.documentElement.lang = language;
const PAGE_WORDS = ['add.title', 'add.lede', 'add.idea', 'add.privacyOk', 'add.name', 'add.nameHint', 'add.send', 'add.keepOff'] as const;
for (const element of document.querySelectorAll<HTMLElement>('[data-t]')) {
  const key = PAGE_WORDS.find((k) => k === element.dataset.t);
  if (key) element.textContent = t(key);
}
document.title = t('add.title');

const form = $<HTMLFormElement>('add-form');
const text = $<HTMLTextAreaElement>('idea');
const name = $<HTMLInputElement>('name');
const privacy = $<HTMLDivElement>('privacy');
const confirm = $<HTMLInputElement>('privacy-ok');
const send = $<HTMLButtonElement>('send');
const status = $<HTMLParagraphElement>('status');
const count = $<HTMLSpanElement>('count');

const parsed = parseCapability(location.hash, language);
const drop: DropCapability | null = parsed?.ok && parsed.invite.kind === 'drop' ? parsed.invite.drop : null;
const relayUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/relay`;

const say = (message: string, kind: 'good' | 'error' | 'info') => {
  status.textContent = message;
  status.className = `banner ${kind}`;
  status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  status.hidden = false;
};

const check = () => {
  const findings = findIdentifiers(text.value);
  const kinds = [...new Set(findings.map((f) => f.kind))];
  privacy.hidden = kinds.length === 0;
  if (kinds.length) {
    $<HTMLParagraphElement>('privacy-text').textContent = t('add.privacy', {
      kinds: kinds.map((k) => t(`privacy.kind.${k}`)).join(', '),
      match: findings[0]!.match,
    });
  } else confirm.checked = false;
  const tooLong = text.value.length > MAX_PROSE;
  count.textContent = tooLong ? t('add.tooLong', { length: text.value.length, max: MAX_PROSE }) : '';
  text.setAttribute('aria-invalid', String(tooLong || kinds.length > 0));
  send.disabled = !drop || !text.value.trim() || tooLong || (kinds.length > 0 && !confirm.checked);
  return kinds;
};

if (!drop) {
  form.hidden = true;
  say(parsed && !parsed.ok ? t('add.incomplete') : t('add.needsLink'), 'error');
} else {
  text.addEventListener('input', check);
  confirm.addEventListener('change', check);
  check();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const kinds = check();
    if (send.disabled) return;
    send.disabled = true;
    say(t('add.sending'), 'info');
    const author = name.value.trim();
    const result = await sendDrop(relayUrl, drop, {
      v: 1,
      type: 'idea',
      id: `cap-${toHex(crypto.getRandomValues(new Uint8Array(12)))}`,
      text: text.value.trim(),
      author,
      anonymous: author === '',
      privacy: kinds,
      createdAt: Date.now(),
    });
    if (result.ok) {
      say(t('add.sent'), 'good');
      text.value = '';
      confirm.checked = false;
      check();
    } else {
      say(t('add.notSent', { reason: result.error }), 'error');
      send.disabled = false;
    }
  });
}
