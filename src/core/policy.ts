import type { z } from 'zod';
import { defaultSettings, Settings } from './settings';

/**
 * What a hospital's IT sets for every browser, through Chrome's policy for extensions (the managed_schema
 * in public/managed_schema.json) or Firefox's policies.json (`3rdparty.Extensions`). The names are the
 * ones an administrator writes; each maps onto one field of {@link Settings}.
 */
export const POLICY_FIELDS = {
  signallingServers: 'signalling',
  relays: 'relays',
  iceServers: 'iceServers',
  relayOnlyIce: 'iceTransportPolicy',
} as const satisfies Record<string, keyof Settings>;
export type PolicyName = keyof typeof POLICY_FIELDS | 'lockServerSettings';
export const POLICY_NAMES = [...Object.keys(POLICY_FIELDS), 'lockServerSettings'] as PolicyName[];

/** The settings a policy may set: the servers, and how to reach co-leads. */
export type ManagedField = (typeof POLICY_FIELDS)[keyof typeof POLICY_FIELDS];

export interface Policy {
  /** The fields the organisation set, already in the form Settings keeps them. */
  readonly values: Partial<Pick<Settings, ManagedField>>;
  /** Locked: the person cannot change these fields; otherwise they are the organisation's suggestion. */
  readonly locked: boolean;
  /** Policy entries this version could not use, each with why, to show on the options page. */
  readonly problems: string[];
}

export const NO_POLICY: Policy = { values: {}, locked: false, problems: [] };

const firstIssue = (error: z.ZodError) => error.issues[0]?.message ?? 'not a value this version understands';

/** Reads the raw managed values (unknown shapes from the administrator) into a Policy, keeping what is valid. */
export const parsePolicy = (raw: Readonly<Record<string, unknown>>): Policy => {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, field] of Object.entries(POLICY_FIELDS)) {
    const value = raw[name];
    if (value === undefined || value === null) continue;
    const converted = field === 'iceTransportPolicy' ? (typeof value === 'boolean' ? (value ? 'relay' : 'all') : value) : value;
    const parsed = Settings.shape[field].safeParse(converted);
    if (parsed.success) values[field] = parsed.data;
    else problems.push(`${name}: ${firstIssue(parsed.error)}`);
  }
  const lock = raw.lockServerSettings;
  if (lock !== undefined && lock !== null && typeof lock !== 'boolean') problems.push('lockServerSettings: must be true or false');
  return { values, locked: lock === true && Object.keys(values).length > 0, problems };
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The settings in force. A locked policy field always wins. An unlocked one is the organisation's default:
 * it applies while the person still has the product's own default for that field, and gives way once they
 * choose something else.
 */
export const applyPolicy = (settings: Settings, policy: Policy): Settings => {
  const product = defaultSettings(settings.userId);
  const out: Record<string, unknown> = { ...settings };
  for (const [field, value] of Object.entries(policy.values) as [ManagedField, unknown][]) {
    if (policy.locked || same(settings[field], product[field])) out[field] = value;
  }
  return out as Settings;
};

/**
 * What to store when the person saves `next` (the settings in force, as the form showed them): a field the
 * policy locks, or one still at the organisation's value, keeps the person's own stored value, so the
 * policy's values never become theirs and a later change by IT (or its removal) still reaches them.
 */
export const ownSettings = (next: Settings, own: Settings, policy: Policy): Settings => {
  const out: Record<string, unknown> = { ...next };
  for (const [field, value] of Object.entries(policy.values) as [ManagedField, unknown][]) {
    if (policy.locked || same(next[field], value)) out[field] = own[field];
  }
  return out as Settings;
};

/** Which fields the organisation set, and whether the person may change them (for the options page). */
export const managedFields = (policy: Policy): ReadonlySet<ManagedField> => new Set(Object.keys(policy.values) as ManagedField[]);
