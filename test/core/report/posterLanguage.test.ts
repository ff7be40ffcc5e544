import { describe, expect, it } from 'vitest';
import { renderInvitePosterHtml } from '../../../src/core';

const link = 'https://ubt.example.org/add#ubt1d.AAAAAAAAAAAAAAAAAAAAAA.BBBB';

describe('the break-room poster in either language', () => {
  it('is made in Spanish when asked, whatever the person’s own language', () => {
    const html = renderInvitePosterHtml({ team: 'Servicios Ambientales 3 Norte', link, language: 'es' });
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<h1>Servicios Ambientales 3 Norte: sus ideas</h1>');
    expect(html).toContain('aria-label="Código QR del enlace de la invitación"');
    expect(html).toContain('pegue el enlace una vez en <strong>Unirse a un tablero</strong>');
    expect(html).toContain('elija <strong>Añadir al tablero del equipo</strong>, o pulse <strong>Alt+Shift+U</strong>.');
    expect(html).toContain('Este código solo añade ideas');
    expect(html).not.toMatch(/your ideas|Scan the code|only adds ideas/);
  });

  it('is English by default, as before', () => {
    const html = renderInvitePosterHtml({ team: 'Imaging 1 East', link });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('paste the link under <strong>Join a board</strong> once');
  });

  it('escapes a hostile team name in the words around it, in both languages', () => {
    for (const language of ['en', 'es'] as const) {
      const html = renderInvitePosterHtml({ team: 'Sala <img src=x onerror=alert(1)>', link, language });
      expect(html).not.toContain('<img');
      expect(html).toContain('Sala &lt;img src=x onerror=alert(1)&gt;:');
    }
  });

  it('closes a direction override in the team name before the poster’s own words, in both languages', () => {
    for (const [language, words] of [
      ['en', ': your ideas'],
      ['es', ': sus ideas'],
    ] as const) {
      const html = renderInvitePosterHtml({ team: 'Ward 4\u202Eevil', link, language });
      const heading = html.slice(html.indexOf('<h1>'), html.indexOf('</h1>'));
      // The override ends (PDF, then the isolate's PDI) before the words of the heading that are ours.
      expect(heading.indexOf('\u202C')).toBeGreaterThan(-1);
      expect(heading.indexOf('\u202C')).toBeLessThan(heading.indexOf(words));
    }
  });
});
