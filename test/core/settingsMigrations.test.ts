import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_SIGNALLING, migrateSettings, readSettings, SETTINGS_VERSION, type SettingsMigrations } from '../../src/core/settings';

/** A made-up history of two changes, as a later version would add them. */
const history: SettingsMigrations = {
  // v2: one relay became a list.
  2: ({ relay, ...rest }) => ({ ...rest, relays: typeof relay === 'string' && relay ? [relay] : [] }),
  // v3: "forceRelay" became the ICE transport policy.
  3: ({ forceRelay, ...rest }) => ({ ...rest, iceTransportPolicy: forceRelay === true ? 'relay' : 'all' }),
};

describe('settings migrations', () => {
  it('runs each migration in order from the stored version up', () => {
    const v1 = { version: 1, displayName: 'Ana Ruiz', relay: 'wss://relay.hospital.example.org', forceRelay: true };
    expect(migrateSettings(v1, history, 3)).toEqual({
      version: 3,
      displayName: 'Ana Ruiz',
      relays: ['wss://relay.hospital.example.org'],
      iceTransportPolicy: 'relay',
    });
    expect(migrateSettings({ version: 2, relays: [], forceRelay: false }, history, 3)).toEqual({ version: 3, relays: [], iceTransportPolicy: 'all' });
  });

  it('counts unversioned or broken versions as the first, and leaves current ones as they are', () => {
    expect(migrateSettings({ relay: 'wss://r' }, history, 2)).toEqual({ version: 2, relays: ['wss://r'] });
    expect(migrateSettings({ version: 'two', relay: '' }, history, 2)).toEqual({ version: 2, relays: [] });
    const current = { version: SETTINGS_VERSION, displayName: 'Dee' };
    expect(migrateSettings(current)).toEqual(current);
  });

  it('brings settings saved before Spanish (version 1) to version 2, following the browser’s language', () => {
    const doc = new Y.Doc();
    const v1 = {
      version: 1,
      userId: 'u1',
      displayName: 'Ana Ruiz',
      role: 'union-co-lead',
      signalling: [DEFAULT_SIGNALLING],
      iceServers: [],
      iceTransportPolicy: 'relay',
      relays: [],
    };
    doc.getMap('settings').set('value', v1);
    expect(readSettings(doc, 'fallback')).toEqual({ ...v1, version: 2, language: 'auto' });
    doc.getMap('settings').set('value', { ...v1, version: 2, language: 'es' });
    expect(readSettings(doc, 'fallback').language).toBe('es');
    doc.getMap('settings').set('value', { ...v1, version: 2, language: 'klingon' });
    expect(readSettings(doc, 'fallback')).toMatchObject({ language: 'auto', displayName: 'Ana Ruiz', iceTransportPolicy: 'relay' });
  });
});
