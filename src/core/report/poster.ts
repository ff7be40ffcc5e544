import qrcode from 'qrcode-generator';
import { esc, printableDocument } from './document';
import { isolate } from '../text/bidi';

/** The invite as a QR code, an inline SVG (no image to load; the print page's CSP allows nothing external). */
export const inviteQrSvg = (text: string): string => {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return qr.createSvgTag({ cellSize: 4, margin: 4, scalable: true }).replace('<svg ', '<svg role="img" aria-label="QR code of the invite link" ');
};

/**
 * A poster for the unit's break room: the whole unit (staff, stewards, physicians, managers) is the team.
 * It holds the team's drop box only (docs/PROTOCOL.md, "Capabilities"): anyone who scans it can add an
 * idea from a phone, and nobody can read or change the board with it.
 */
export const renderInvitePosterHtml = (input: { team: string; link: string }): string =>
  printableDocument(
    `${isolate(input.team)}: add your idea`,
    `@page { size: A4 portrait; margin: 14mm; }
body { max-width: 180mm; text-align: center; }
h1 { font-size: 30pt; margin: 6mm 0 2mm; } .sub { font-size: 15pt; margin: 0 0 6mm; }
.qr { width: 85mm; height: 85mm; margin: 0 auto 4mm; } .qr svg { width: 100%; height: 100%; }
.link { font: 9pt ui-monospace, monospace; word-break: break-all; color: #4a5a69; max-width: 170mm; margin: 0 auto 6mm; }
ol { text-align: left; font-size: 13pt; max-width: 150mm; margin: 0 auto 6mm; } ol li { margin-bottom: 2mm; }
.keep { font-size: 10pt; color: #4a5a69; border-top: 1px solid #d5dbd8; padding-top: 3mm; }`,
    `<h1>${esc(input.team)}: your ideas</h1>
<p class="sub">Everyone on the unit is on the team: tell us what would make our work better.</p>
<div class="qr">${inviteQrSvg(input.link)}</div>
<p class="link">${esc(input.link)}</p>
<ol>
  <li>Scan the code with your phone's camera, or open the link on a work computer.</li>
  <li>Write your idea, with or without your name, and press Send. It goes sealed to the team's inbox: only the co-leads' board opens it.</li>
  <li>With the UBT Board extension, paste the link under <strong>Join a board</strong> once; then select text on any page, right-click and choose <strong>Add to team board</strong>, or press <strong>Alt+Shift+U</strong>.</li>
</ol>
<p class="keep">This code only adds ideas: it cannot show or change the board. Keep patient details (names, record numbers, dates of birth) out of ideas. A co-lead can replace this poster under Invite › New drop box.</p>`,
  );
