import type * as Y from 'yjs';
import { z } from 'zod';
import { Role } from './schema/enums';
import { defineOperation } from './ops/context';
import { shortText } from './schema/inputs';
import { LanguageChoice } from './i18n/language';
// The English words of its checks are the catalogue's, so the options page can say them in any language.
import { options } from './i18n/en/options';

/** The signalling server the project ships (`npm run server`); no public server is ever a default. */
export const DEFAULT_SIGNALLING = 'ws://127.0.0.1:4444';
/** The blind relay on the same server (`npm start`): the mailbox for co-leads who are not online together. */
export const DEFAULT_RELAY = 'ws://127.0.0.1:4444/relay';
export const SETTINGS_VERSION = 2;

const wsUrl = z
  .string()
  .trim()
  .refine((value) => /^wss?:\/\/[^\s/]+/.test(value) && URL.canParse(value), options['options.problem.wsUrl']);
const iceUrl = z
  .string()
  .trim()
  .regex(/^(stun|turns?):[^\s]+$/, options['options.problem.iceUrl']);

export const IceServer = z.object({
  urls: z.array(iceUrl).min(1, options['options.problem.needsAddress']),
  username: shortText.default(''),
  credential: z.string().max(512).default(''),
});
export type IceServer = z.infer<typeof IceServer>;

export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** A random id for this person on this browser profile: votes and charter agreement use it. */
  userId: z.string().min(1),
  displayName: shortText,
  role: Role,
  signalling: z.array(wsUrl).max(10, 'at most 10 signalling servers'),
  iceServers: z.array(IceServer).max(10, 'at most 10 STUN/TURN servers'),
  /** `relay`: connect to co-leads only through the TURN servers above (what many hospital networks require). */
  iceTransportPolicy: z.enum(['all', 'relay']),
  relays: z.array(wsUrl).max(5, 'at most 5 relays'),
  /** The language of the product on this browser: 'auto' follows the browser's own (version 2). */
  language: LanguageChoice,
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings = (userId: string): Settings => ({
  version: SETTINGS_VERSION,
  userId,
  displayName: '',
  role: 'member',
  signalling: [DEFAULT_SIGNALLING],
  iceServers: [],
  iceTransportPolicy: 'all',
  relays: [DEFAULT_RELAY],
  language: 'auto',
});

const settingsMap = (doc: Y.Doc) => doc.getMap<unknown>('settings');

/**
 * How settings written by an older version become this version's: `MIGRATIONS[n]` turns version n − 1 into
 * version n, and they run in order from the stored version up (the model of @wxt-dev/storage's versioned
 * items, kept here because settings live in the board-list document, which every page and the engine observe
 * live). A change to a field's meaning adds one here, with its test.
 */
export type SettingsMigrations = Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>>;
export const SETTINGS_MIGRATIONS: SettingsMigrations = {
  // Version 2 speaks Spanish too: a person who had settings before keeps following the browser.
  2: (old) => ({ ...old, language: 'auto' }),
};

/** Stored settings brought up to `to`: unversioned ones count as version 1; ones from a newer version are read as they are. */
export const migrateSettings = (
  raw: Record<string, unknown>,
  migrations: SettingsMigrations = SETTINGS_MIGRATIONS,
  to = SETTINGS_VERSION,
): Record<string, unknown> => {
  let value = raw;
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 1 ? raw.version : 1;
  while (version < to) {
    version++;
    value = migrations[version]?.(value) ?? value;
  }
  return { ...value, version: to };
};

/**
 * Settings live in the local board-list document (never synced to peers). Reading is forgiving: missing or
 * broken fields fall back to defaults, so a damaged setting never stops the board from opening.
 */
export const readSettings = (doc: Y.Doc, fallbackUserId: string): Settings => {
  const raw = settingsMap(doc).get('value');
  const base = defaultSettings(fallbackUserId);
  if (!raw || typeof raw !== 'object') return base;
  const merged = { ...base, ...migrateSettings(raw as Record<string, unknown>) };
  const parsed = Settings.safeParse(merged);
  if (parsed.success) return parsed.data;
  // Keep every field that is still valid on its own.
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(Settings.shape) as (keyof Settings)[]) {
    const field = Settings.shape[key].safeParse(merged[key as keyof typeof merged]);
    if (field.success) out[key] = field.data;
  }
  return out as Settings;
};

export const saveSettings = defineOperation(
  'saveSettings',
  Settings,
  () => undefined,
  (doc, settings) => settingsMap(doc).set('value', settings),
);
