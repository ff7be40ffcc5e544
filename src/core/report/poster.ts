import qrcode from 'qrcode-generator';
import { esc, printableDocument } from './document';
import { isolate } from '../text/bidi';
import type { Language } from '../i18n/language';
import { translator } from '../i18n/translate';

/** The invite as a QR code, an inline SVG (no image to load; the print page's CSP allows nothing external). */
export const inviteQrSvg = (text: string, label = translator('en').t('poster.qr')): string => {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return qr.createSvgTag({ cellSize: 4, margin: 4, scalable: true }).replace('<svg ', `<svg role="img" aria-label="${esc(label)}" `);
};

interface Markup {
  readonly markup: string;
}

/**
 * A poster for the unit's break room: the whole unit (staff, stewards, physicians, managers) is the team.
 * It holds the team's drop box only (docs/PROTOCOL.md, "Capabilities"): anyone who scans it can add an
 * idea from a phone, and nobody can read or change the board with it. Made in the language chosen when
 * printing, whatever the person's own: a team may want Spanish posters and English reports.
 */
export const renderInvitePosterHtml = (input: { team: string; link: string; language?: Language }): string => {
  const language = input.language ?? 'en';
  const { t } = translator(language);
  // Markup goes in only through placeholders, as a part of its own; every word around it is escaped.
  const strong = (text: string): Markup => ({ markup: `<strong>${esc(text)}</strong>` });
  const step3 = translator(language)
    .parts<'poster.step3', Markup>('poster.step3', { join: strong(t('poster.join')), add: strong(t('store.actionTitle')), keys: strong('Alt+Shift+U') })
    .map((part) => (typeof part === 'string' ? esc(part) : part.markup))
    .join('');
  return printableDocument(
    t('poster.title', { team: isolate(input.team) }),
    `@page { size: A4 portrait; margin: 14mm; }
body { max-width: 180mm; text-align: center; }
h1 { font-size: 30pt; margin: 6mm 0 2mm; } .sub { font-size: 15pt; margin: 0 0 6mm; }
.qr { width: 85mm; height: 85mm; margin: 0 auto 4mm; } .qr svg { width: 100%; height: 100%; }
.link { font: 9pt ui-monospace, monospace; word-break: break-all; color: #4a5a69; max-width: 170mm; margin: 0 auto 6mm; }
ol { text-align: left; font-size: 13pt; max-width: 150mm; margin: 0 auto 6mm; } ol li { margin-bottom: 2mm; }
.keep { font-size: 10pt; color: #4a5a69; border-top: 1px solid #d5dbd8; padding-top: 3mm; }`,
    `<h1>${esc(t('poster.heading', { team: isolate(input.team) }))}</h1>
<p class="sub">${esc(t('poster.sub'))}</p>
<div class="qr">${inviteQrSvg(input.link, t('poster.qr'))}</div>
<p class="link">${esc(input.link)}</p>
<ol>
  <li>${esc(t('poster.step1'))}</li>
  <li>${esc(t('poster.step2'))}</li>
  <li>${step3}</li>
</ol>
<p class="keep">${esc(t('poster.keep'))}</p>`,
    language,
  );
};
