import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core';
import { uiLanguage } from '../../src/ui/i18n';
import { settingsProblem } from '../../src/ui/options/settingsProblem';

const settings = { ...defaultSettings('u-1'), displayName: 'Rosa Elena Domínguez' };

describe('why settings cannot be saved, in the person’s language', () => {
  afterEach(() => {
    uiLanguage.value = 'en';
  });

  it('names the field as the page does, and what is wrong with it', () => {
    expect(settingsProblem(settings)).toBeNull();
    expect(settingsProblem({ ...settings, relays: ['https://relay.hospital.example.org'] })).toBe(
      'Relay addresses: must be a ws:// or wss:// address, like ws://127.0.0.1:4444',
    );
    expect(
      settingsProblem({
        ...settings,
        iceServers: [
          { urls: [], username: '', credential: '' },
          { urls: ['http://x'], username: '', credential: '' },
        ],
      }),
    ).toBe('Server 1, Addresses (turn:host:port, one or more, separated by spaces): needs at least one address');
    expect(settingsProblem({ ...settings, relays: Array.from({ length: 6 }, (_, i) => `wss://relay${i}.example.org`) })).toBe(
      'Relay addresses: at most 5 addresses',
    );
    expect(settingsProblem({ ...settings, displayName: 'x'.repeat(1_000) })).toMatch(/^Display name: must be at most \d+ characters$/);
  });

  it('says it in Spanish', () => {
    uiLanguage.value = 'es';
    expect(settingsProblem({ ...settings, signalling: ['señal.hospital'] })).toBe(
      'Direcciones de los servidores de señalización: debe ser una dirección ws:// o wss://, como ws://127.0.0.1:4444',
    );
    expect(settingsProblem({ ...settings, iceServers: [{ urls: ['turn:turn.example.org:3478'], username: '', credential: 'x'.repeat(600) }] })).toBe(
      'Servidor 1, Contraseña o credencial: debe tener como máximo 512 caracteres',
    );
    expect(settingsProblem({ ...settings, role: 'jefe' as never })).toBe('Función: no es un valor que UBT Board pueda usar');
  });
});
