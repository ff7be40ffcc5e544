import { z } from 'zod';
import { BackupV1, BackupV2, BACKUP_FORMAT, BACKUP_VERSION, COLLECTION_KEYS, MAX_BACKUP_BYTES, type Backup } from './format';
import { migrateV1 } from './migrate';
import type { Language } from '../i18n/language';
import { translator } from '../i18n/translate';

export type BackupResult = { ok: true; backup: Backup; migratedFrom: number | null } | { ok: false; error: string };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

/** Where in the file: board.projects[2].title. */
export const pathText = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');

/** Keys that could poison an object's prototype, and absurd nesting, are refused before anything else looks. */
const findForbidden = (value: unknown, path: PropertyKey[] = [], depth = 0): string | null => {
  if (depth > MAX_DEPTH) return `${pathText(path)} is nested more than ${MAX_DEPTH} levels deep`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbidden(value[i], [...path, i], depth + 1);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key)) return `${pathText(path) || 'the file'} has a key named "${key}", which is not allowed`;
      const found = findForbidden((value as Record<string, unknown>)[key], [...path, key], depth + 1);
      if (found) return found;
    }
  }
  return null;
};

const describe = (error: z.ZodError): string => {
  const lines = error.issues.slice(0, 5).map((issue) => {
    const where = pathText(issue.path) || 'the file';
    if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) return `${where} is missing`;
    if (issue.code === 'invalid_type') return `${where} should be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}`;
    return `${where} ${issue.message.replace(/^Invalid input: /, '')}`;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more problems)` : '';
  return `${lines.join('; ')}${more}.`;
};

const duplicateIds = (backup: Backup): string | null => {
  for (const key of COLLECTION_KEYS) {
    const seen = new Map<string, number>();
    const entries = backup.board[key] as { id: string }[];
    for (let i = 0; i < entries.length; i++) {
      const id = entries[i]!.id;
      if (seen.has(id)) return `board.${key}[${i}] has the id "${id}", already used by board.${key}[${seen.get(id)}]: ids must be unique.`;
      seen.set(id, i);
    }
  }
  return null;
};

/**
 * Reads a backup file completely before anything is written: size, JSON, forbidden keys, format and
 * version, every entity against its schema, unique ids. Older versions are migrated. Each problem comes
 * back as one message that says what is wrong and where.
 */
export const readBackup = (text: string, language: Language = 'en'): BackupResult => {
  const tr = translator(language);
  if (text.length > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      error: tr.t('backupFile.tooBig', { size: Math.round(text.length / 1024 / 1024), max: MAX_BACKUP_BYTES / 1024 / 1024 }),
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: tr.t('backupFile.notJson', { error: (error as Error).message }) };
  }
  const forbidden = findForbidden(data);
  if (forbidden) return { ok: false, error: tr.t('backupFile.refused', { problem: forbidden }) };
  const head = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number() }).safeParse(data);
  if (!head.success) return { ok: false, error: tr.t('backupFile.notBackup') };
  const version = head.data.version;
  let migratedFrom: number | null = null;
  if (version === 1) {
    const v1 = BackupV1.safeParse(data, { reportInput: true });
    if (!v1.success) return { ok: false, error: tr.t('backupFile.v1', { problems: describe(v1.error) }) };
    data = migrateV1(v1.data);
    migratedFrom = 1;
  } else if (version !== BACKUP_VERSION) {
    return {
      ok: false,
      error: tr.t(version > BACKUP_VERSION ? 'backupFile.newer' : 'backupFile.version', { version, latest: BACKUP_VERSION }),
    };
  }
  const parsed = BackupV2.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, error: tr.t('backupFile.cannot', { problems: describe(parsed.error) }) };
  const duplicate = duplicateIds(parsed.data);
  if (duplicate) return { ok: false, error: tr.t('backupFile.cannot', { problems: duplicate }) };
  return { ok: true, backup: parsed.data, migratedFrom };
};
