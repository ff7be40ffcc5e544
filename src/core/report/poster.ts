import qrcode from 'qrcode-generator';
import { esc, printableDocument } from './html';
import { isolate } from '../text/bidi';

/** The invite as a QR code, an inline SVG (no image to load; the print page's CSP allows nothing external). */
export const inviteQrSvg = (text: string): string => {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return qr.createSvgTag({ cellSize: 4, margin: 4, scalable: true }).replace('<svg ', '<svg role="img" aria-label="QR code of the invite link" ');
};

/**
 * A poster for the unit's break room: the whole unit (staff, stewards, physicians, managers) is the team, so
 * the invite goes to everyone, with how to join and how to add an idea from any page. The invite is the
 * board's key: the poster says where it may hang.
 */
export const renderInvitePosterHtml = (input: { team: string; link: string; code: string }): string =>
  printableDocument(
    `${isolate(input.team)}: join our team board`,
    `@page { size: A4 portrait; margin: 14mm; }
body { max-width: 180mm; text-align: center; }
h1 { font-size: 30pt; margin: 6mm 0 2mm; } .sub { font-size: 15pt; margin: 0 0 6mm; }
.qr { width: 80mm; height: 80mm; margin: 0 auto 4mm; } .qr svg { width: 100%; height: 100%; }
.code { font: 600 17pt ui-monospace, monospace; letter-spacing: 0.04em; word-spacing: 0.2em; border: 1px dashed #5b6770; padding: 3mm; margin: 0 auto 6mm; max-width: 170mm; }
.code-hint { font-size: 10pt; color: #4a5a69; margin: -4mm 0 6mm; }
ol { text-align: left; font-size: 13pt; max-width: 150mm; margin: 0 auto 6mm; } ol li { margin-bottom: 2mm; }
.keep { font-size: 10pt; color: #4a5a69; border-top: 1px solid #d5dbd8; padding-top: 3mm; }`,
    `<h1>${esc(input.team)}: our team board</h1>
<p class="sub">Everyone on the unit is on the team: add your ideas to make our work better.</p>
<div class="qr">${inviteQrSvg(input.link)}</div>
<p class="code">${esc(input.code).replace(/-/g, '-<wbr>')}</p>
<p class="code-hint">Capitals or small letters, with or without the dashes: a mistyped character is caught.</p>
<ol>
  <li>On a work computer, add the UBT Board extension to the browser (ask your co-leads if it is not there).</li>
  <li>Open UBT Board. Under <strong>Join your team's board</strong> (or <strong>New or join</strong> at the top), type or paste the code above, or open the link the QR code holds on that computer.</li>
  <li>To add an idea from any page: select the text, right-click and choose <strong>Add to team board</strong>, or press <strong>Alt+Shift+U</strong>. You can add an idea without your name.</li>
</ol>
<p class="keep">This code lets anyone who has it read and change the board. Put it up only where just the unit's staff see it, never in patient areas. Keep patient details off the board. If the code gets out, a co-lead rotates it under Invite › Rotate the secret.</p>`,
  );
