import { parseCapability, type DropCapability } from '../core/capabilities';
import { findIdentifiers, IDENTIFIER_LABELS } from '../core/capture/privacy';
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

const form = $<HTMLFormElement>('add-form');
const text = $<HTMLTextAreaElement>('idea');
const name = $<HTMLInputElement>('name');
const privacy = $<HTMLDivElement>('privacy');
const confirm = $<HTMLInputElement>('privacy-ok');
const send = $<HTMLButtonElement>('send');
const status = $<HTMLParagraphElement>('status');
const count = $<HTMLSpanElement>('count');

const parsed = parseCapability(location.hash);
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
    $<HTMLParagraphElement>('privacy-text').textContent =
      `This may contain patient details: ${kinds.map((k) => IDENTIFIER_LABELS[k]).join(', ')} (“${findings[0]!.match}”). Take them out, or tick below if they are not about a patient.`;
  } else confirm.checked = false;
  const tooLong = text.value.length > MAX_PROSE;
  count.textContent = tooLong ? `${text.value.length.toLocaleString()} characters: an idea holds up to ${MAX_PROSE.toLocaleString()}.` : '';
  text.setAttribute('aria-invalid', String(tooLong || kinds.length > 0));
  send.disabled = !drop || !text.value.trim() || tooLong || (kinds.length > 0 && !confirm.checked);
  return kinds;
};

if (!drop) {
  form.hidden = true;
  say(
    parsed && !parsed.ok
      ? 'This link is incomplete: scan the poster’s code again, or ask a co-lead for the link.'
      : 'This page adds an idea to a team’s board, and needs the link from your team’s poster. Scan its code with your phone’s camera.',
    'error',
  );
} else {
  text.addEventListener('input', check);
  confirm.addEventListener('change', check);
  check();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const kinds = check();
    if (send.disabled) return;
    send.disabled = true;
    say('Sending…', 'info');
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
      say('Sent to your team’s inbox. It appears on the board when a co-lead next has it open. Thank you!', 'good');
      text.value = '';
      confirm.checked = false;
      check();
    } else {
      say(`Not sent: ${result.error}`, 'error');
      send.disabled = false;
    }
  });
}
