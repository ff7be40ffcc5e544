import { en, Settings } from '../../core';
import { t } from '../i18n';

/** The field a settings problem is in, by the name the options page gives it. */
const fieldName = (path: readonly PropertyKey[]): string => {
  const [field, index, part] = path;
  if (field === 'signalling') return t('options.signallingLabel');
  if (field === 'relays') return t('options.relayLabel');
  if (field === 'displayName') return t('options.name');
  if (field === 'role') return t('options.role');
  if (field === 'language') return t('settings.language.label');
  if (field === 'iceServers' && typeof index === 'number') {
    const server = t('ice.server', { number: index + 1 });
    const name = part === 'username' ? t('ice.username') : part === 'credential' ? t('ice.credential') : t('ice.urls');
    return `${server}, ${name}`;
  }
  return t('options.title');
};

/** What is wrong with one issue, in the person's language: the schema's own checks, each by kind. */
const problemText = (issue: { code: string; message: string; maximum?: unknown; origin?: unknown }): string => {
  // The schema's own checks carry the catalogue's English words: said again in the page's language.
  for (const key of ['options.problem.wsUrl', 'options.problem.iceUrl', 'options.problem.needsAddress'] as const) if (issue.message === en[key]) return t(key);
  if (issue.code === 'too_big' && typeof issue.maximum === 'number')
    return issue.origin === 'string' ? t('options.problem.tooLong', { count: issue.maximum }) : t('options.problem.tooMany', { count: issue.maximum });
  return t('options.problem.other');
};

/**
 * The first reason these settings cannot be saved, said in the person's language and naming the field as
 * the page does ("Relay addresses: must be a ws:// or wss:// address…"), or null when they can be.
 */
export const settingsProblem = (candidate: Settings): string | null => {
  const parsed = Settings.safeParse(candidate);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return t('options.problem', { field: fieldName(issue.path), problem: problemText(issue as never) });
};
